//! The libp2p side: a [`Client`] handle sending commands to an [`EventLoop`] that owns the
//! `Swarm` (the structure of rust-libp2p's file-sharing example). Inbound requests come out as
//! [`InboundRequest`]s on a channel; the application answers through [`Client::respond`].
//!
//! What a peer can make us hold is bounded ([`NetConfig`]): connections in all and per peer,
//! handshakes in progress, streams per connection, each frame by its protocol and direction
//! ([`crate::frame::FrameLimits`]), the time a request takes to arrive, and the inbound queue
//! (a full queue is answered `busy` at once: the event loop never waits for the application).
//! [`Inflight`] bounds the requests the application handles at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use futures::StreamExt;
use libp2p::request_response::{
    self, InboundRequestId, OutboundRequestId, ProtocolSupport, ResponseChannel,
};
use libp2p::swarm::{NetworkBehaviour, SwarmEvent};
use libp2p::{
    Multiaddr, PeerId, StreamProtocol, Swarm, connection_limits, identity, noise, tcp, yamux,
};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, oneshot};

use crate::error::{NetError, Result};
use crate::frame::{Frame, FrameCodec};
use crate::wire::{RejectCode, Rejection};

/// Inbound requests queued between the event loop and the application. The server's dispatcher
/// takes each at once (it spawns or refuses), so the queue only absorbs bursts; when it is full
/// the request is answered `busy` rather than the swarm waiting.
pub const INBOUND_QUEUE: usize = 256;

/// The Paratii protocols, one request-response protocol each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// `/paratii/listing/1`: the video's directory and one table of contents.
    Listing,
    /// `/paratii/bid/1`: a bid, answered by the channel id or a rejection.
    Bid,
    /// `/paratii/pay/1`: a content payment, answered by the segments it pays for.
    Pay,
    /// `/paratii/attention/1`: a segment request with receipts, answered by segments and a payment.
    Attention,
    /// `/paratii/keys/1`: a key request (a payment naming segments), answered by their AES keys
    /// only; the viewer fetches the ciphertexts from IPFS.
    Keys,
    /// `/paratii/close/1`: the viewer is done; the publisher closes the channel with the latest
    /// payment at once, so the rest of the escrow is free again.
    Close,
}

impl Protocol {
    /// Every protocol.
    pub const ALL: [Self; 6] = [
        Self::Listing,
        Self::Bid,
        Self::Pay,
        Self::Attention,
        Self::Keys,
        Self::Close,
    ];

    /// The libp2p protocol name.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Listing => "/paratii/listing/1",
            Self::Bid => "/paratii/bid/1",
            Self::Pay => "/paratii/pay/1",
            Self::Attention => "/paratii/attention/1",
            Self::Keys => "/paratii/keys/1",
            Self::Close => "/paratii/close/1",
        }
    }

    const fn slot(self) -> usize {
        match self {
            Self::Listing => 0,
            Self::Bid => 1,
            Self::Pay => 2,
            Self::Attention => 3,
            Self::Keys => 4,
            Self::Close => 5,
        }
    }
}

impl std::fmt::Display for Protocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

type Rr = request_response::Behaviour<FrameCodec>;

#[derive(NetworkBehaviour)]
struct Behaviour {
    // First: a connection over the limits is denied before any protocol sets up a handler for it.
    limits: connection_limits::Behaviour,
    listing: Rr,
    bid: Rr,
    pay: Rr,
    attention: Rr,
    keys: Rr,
    close: Rr,
}

impl Behaviour {
    fn rr(&mut self, protocol: Protocol) -> &mut Rr {
        match protocol {
            Protocol::Listing => &mut self.listing,
            Protocol::Bid => &mut self.bid,
            Protocol::Pay => &mut self.pay,
            Protocol::Attention => &mut self.attention,
            Protocol::Keys => &mut self.keys,
            Protocol::Close => &mut self.close,
        }
    }
}

/// Frame bytes read and written on one protocol (requests and answers, both directions).
#[derive(Debug, Default)]
pub struct ProtocolTraffic {
    received: std::sync::atomic::AtomicU64,
    sent: std::sync::atomic::AtomicU64,
}

impl ProtocolTraffic {
    pub(crate) fn add_received(&self, bytes: u64) {
        self.received
            .fetch_add(bytes, std::sync::atomic::Ordering::Relaxed);
    }

    pub(crate) fn add_sent(&self, bytes: u64) {
        self.sent
            .fetch_add(bytes, std::sync::atomic::Ordering::Relaxed);
    }
}

/// What this peer's frames weighed, per protocol: how the benchmark and the tests show that in
/// keys mode no ciphertext travels over the publisher's connection.
#[derive(Debug, Default)]
pub struct Traffic {
    protocols: [std::sync::Arc<ProtocolTraffic>; 6],
}

/// A snapshot of [`Traffic`] for one protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct TrafficCount {
    /// Frame bytes read (requests served and answers received).
    pub received: u64,
    /// Frame bytes written (requests sent and answers served).
    pub sent: u64,
}

impl Traffic {
    /// The bytes counted so far on `protocol`.
    pub fn of(&self, protocol: Protocol) -> TrafficCount {
        let t = &self.protocols[protocol.slot()];
        TrafficCount {
            received: t.received.load(std::sync::atomic::Ordering::Relaxed),
            sent: t.sent.load(std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// The bytes counted so far on every protocol together.
    pub fn total(&self) -> TrafficCount {
        Protocol::ALL
            .iter()
            .map(|p| self.of(*p))
            .fold(TrafficCount::default(), |a, b| TrafficCount {
                received: a.received + b.received,
                sent: a.sent + b.sent,
            })
    }

    fn counter(&self, protocol: Protocol) -> std::sync::Arc<ProtocolTraffic> {
        self.protocols[protocol.slot()].clone()
    }
}

/// Network settings, and the bounds on what remote peers can make us hold.
#[derive(Debug, Clone)]
pub struct NetConfig {
    /// How long a request may wait for its response, both ways (a bid's answer waits for the
    /// `open` transaction to be mined); an inbound stream is dropped after it.
    pub request_timeout: Duration,
    /// How long an idle connection is kept.
    pub idle_timeout: Duration,
    /// Established connections in all, both directions (default 16,384: one per viewer for some
    /// 12,000 viewers, with room for advertisers and reconnections).
    pub max_connections: u32,
    /// Established connections per peer (default 4: a viewer needs one; a second may overlap
    /// while it redials, or when both sides dial each other).
    pub max_connections_per_peer: u32,
    /// Incoming connections still in their handshake (default 512).
    pub max_pending_incoming: u32,
    /// Concurrent streams per protocol per connection, inbound and outbound together (default
    /// 8: a viewer has at most one request in flight per protocol). Inbound streams over it are
    /// dropped; outbound requests over it fail at once.
    pub max_streams: usize,
    /// How long a request may take to arrive once its stream is open (default 10 s: the
    /// largest is 512 KiB).
    pub request_read_timeout: Duration,
    /// Inbound requests handled at once, per pool (default 1024; see [`Inflight`]).
    pub max_inflight: usize,
    /// Inbound requests handled at once for one peer, per pool (default 8).
    pub max_inflight_per_peer: usize,
    /// How long handling a request that waits for no transaction (listing, payment, keys) may
    /// take before it is answered `busy` (default 30 s).
    pub handle_timeout: Duration,
}

impl Default for NetConfig {
    fn default() -> Self {
        Self {
            request_timeout: Duration::from_secs(180),
            idle_timeout: Duration::from_secs(300),
            max_connections: 16_384,
            max_connections_per_peer: 4,
            max_pending_incoming: 512,
            max_streams: 8,
            request_read_timeout: crate::frame::REQUEST_READ_TIMEOUT,
            max_inflight: 1024,
            max_inflight_per_peer: 8,
            handle_timeout: Duration::from_secs(30),
        }
    }
}

impl NetConfig {
    /// How long handling an inbound request on `protocol` may take before it is answered
    /// `busy`: a bid or a close waits for its transaction, within the request timeout (less a
    /// tenth, so the answer still reaches the requester); the others get [`Self::handle_timeout`].
    pub fn handling_deadline(&self, protocol: Protocol) -> Duration {
        let within = self.request_timeout.mul_f64(0.9);
        match protocol {
            Protocol::Bid | Protocol::Close => within,
            Protocol::Listing | Protocol::Pay | Protocol::Keys | Protocol::Attention => {
                self.handle_timeout.min(within)
            }
        }
    }

    /// Yamux streams per connection: every protocol's streams, and a few being negotiated or
    /// closed. A peer opening more loses its connection.
    pub const fn max_yamux_streams(&self) -> usize {
        Protocol::ALL.len() * self.max_streams + 16
    }
}

/// Why [`Inflight::try_acquire`] refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Saturated {
    /// The peer already has this many requests in flight.
    #[error("{0} requests of this peer are in flight")]
    Peer(usize),
    /// This many requests are in flight in all.
    #[error("{0} requests are in flight")]
    All(usize),
}

/// Bounds the inbound requests handled at once, in all and per peer, so that one peer flooding
/// requests cannot take every slot from the others: over either bound a request is refused at
/// once rather than queued. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Inflight {
    all: Arc<Semaphore>,
    limit: usize,
    per_peer: usize,
    peers: Arc<Mutex<HashMap<PeerId, usize>>>,
}

/// A slot taken from [`Inflight`]; dropping it frees the slot.
#[derive(Debug)]
pub struct InflightPermit {
    _all: OwnedSemaphorePermit,
    peer: PeerId,
    peers: Arc<Mutex<HashMap<PeerId, usize>>>,
}

impl Drop for InflightPermit {
    fn drop(&mut self) {
        // A poisoned map still counts correctly: every change to it is one statement.
        let mut peers = self.peers.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(n) = peers.get_mut(&self.peer) {
            *n -= 1;
            if *n == 0 {
                // The map holds only peers with requests in flight: it cannot grow per peer seen.
                peers.remove(&self.peer);
            }
        }
    }
}

impl Inflight {
    /// At most `all` requests at once, and `per_peer` of one peer.
    pub fn new(all: usize, per_peer: usize) -> Self {
        Self {
            all: Arc::new(Semaphore::new(all)),
            limit: all,
            per_peer,
            peers: Arc::default(),
        }
    }

    /// A slot for one request of `peer`, if both bounds allow it.
    pub fn try_acquire(&self, peer: PeerId) -> std::result::Result<InflightPermit, Saturated> {
        let mut peers = self.peers.lock().unwrap_or_else(PoisonError::into_inner);
        let n = peers.get(&peer).copied().unwrap_or(0);
        if n >= self.per_peer {
            return Err(Saturated::Peer(n));
        }
        let all = self
            .all
            .clone()
            .try_acquire_owned()
            .map_err(|_| Saturated::All(self.limit))?;
        peers.insert(peer, n + 1);
        Ok(InflightPermit {
            _all: all,
            peer,
            peers: self.peers.clone(),
        })
    }

    /// Requests in flight now.
    pub fn in_flight(&self) -> usize {
        self.limit - self.all.available_permits()
    }
}

/// A request a remote peer sent us; answer it with [`Client::respond`].
#[derive(Debug)]
pub struct InboundRequest {
    /// Who sent it (authenticated by noise: the PeerId of its communication key).
    pub peer: PeerId,
    /// On which protocol.
    pub protocol: Protocol,
    /// The request.
    pub frame: Frame,
    /// Where the answer goes.
    pub channel: ResponseChannel<Frame>,
    /// The request's id (for [`Client::respond_flushed`]).
    pub id: InboundRequestId,
}

#[derive(Debug)]
enum Command {
    Listen {
        addr: Multiaddr,
        reply: oneshot::Sender<Result<Multiaddr>>,
    },
    Request {
        peer: PeerId,
        addrs: Vec<Multiaddr>,
        protocol: Protocol,
        frame: Frame,
        reply: oneshot::Sender<Result<Frame>>,
    },
    Respond {
        protocol: Protocol,
        channel: ResponseChannel<Frame>,
        frame: Frame,
        flushed: Option<(InboundRequestId, oneshot::Sender<Result<()>>)>,
    },
    Disconnect {
        peer: PeerId,
    },
    Connections {
        reply: oneshot::Sender<ConnectionCounts>,
    },
}

/// The connections a peer holds now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct ConnectionCounts {
    /// Peers with at least one established connection.
    pub peers: usize,
    /// Established connections, both directions.
    pub established: u32,
    /// Incoming connections still in their handshake.
    pub pending_incoming: u32,
}

/// A handle on the network task; cheap to clone.
#[derive(Debug, Clone)]
pub struct Client {
    peer_id: PeerId,
    sender: mpsc::Sender<Command>,
    traffic: std::sync::Arc<Traffic>,
}

impl Client {
    /// Our PeerId.
    pub const fn peer_id(&self) -> PeerId {
        self.peer_id
    }

    /// The frame bytes this peer has read and written so far, per protocol.
    pub fn traffic(&self) -> &Traffic {
        &self.traffic
    }

    /// Listens on `addr` and returns the first concrete address (port 0 resolved), with
    /// `/p2p/<our PeerId>` appended.
    pub async fn listen(&self, addr: Multiaddr) -> Result<Multiaddr> {
        let (reply, rx) = oneshot::channel();
        self.sender
            .send(Command::Listen { addr, reply })
            .await
            .map_err(|_| NetError::Stopped)?;
        rx.await.map_err(|_| NetError::Stopped)?
    }

    /// Sends `frame` to `peer` on `protocol` (dialing one of `addrs` if not connected; the noise
    /// handshake guarantees the remote is `peer`) and waits for the answer.
    pub async fn request(
        &self,
        peer: PeerId,
        addrs: Vec<Multiaddr>,
        protocol: Protocol,
        frame: Frame,
    ) -> Result<Frame> {
        let (reply, rx) = oneshot::channel();
        self.sender
            .send(Command::Request {
                peer,
                addrs,
                protocol,
                frame,
                reply,
            })
            .await
            .map_err(|_| NetError::Stopped)?;
        rx.await.map_err(|_| NetError::Stopped)?
    }

    /// Answers an inbound request.
    pub async fn respond(
        &self,
        protocol: Protocol,
        channel: ResponseChannel<Frame>,
        frame: Frame,
    ) -> Result<()> {
        self.sender
            .send(Command::Respond {
                protocol,
                channel,
                frame,
                flushed: None,
            })
            .await
            .map_err(|_| NetError::Stopped)
    }

    /// Answers an inbound request and waits until the answer is written to the connection (before
    /// a peer that is about to stop drops its network).
    pub async fn respond_flushed(&self, request: InboundRequest, frame: Frame) -> Result<()> {
        let (reply, rx) = oneshot::channel();
        self.sender
            .send(Command::Respond {
                protocol: request.protocol,
                channel: request.channel,
                frame,
                flushed: Some((request.id, reply)),
            })
            .await
            .map_err(|_| NetError::Stopped)?;
        rx.await.map_err(|_| NetError::Stopped)?
    }

    /// The connections held now (how tests and the load generator see the limits at work).
    pub async fn connections(&self) -> Result<ConnectionCounts> {
        let (reply, rx) = oneshot::channel();
        self.sender
            .send(Command::Connections { reply })
            .await
            .map_err(|_| NetError::Stopped)?;
        rx.await.map_err(|_| NetError::Stopped)
    }

    /// Closes every connection to `peer` (fault tests: a dropped link).
    pub async fn disconnect(&self, peer: PeerId) -> Result<()> {
        self.sender
            .send(Command::Disconnect { peer })
            .await
            .map_err(|_| NetError::Stopped)
    }
}

/// Owns the swarm; run it with [`EventLoop::run`] (it stops when every [`Client`] is dropped).
pub struct EventLoop {
    swarm: Swarm<Behaviour>,
    commands: mpsc::Receiver<Command>,
    inbound: mpsc::Sender<InboundRequest>,
    pending_listen:
        HashMap<libp2p::core::transport::ListenerId, oneshot::Sender<Result<Multiaddr>>>,
    // Keyed by protocol too: each protocol's behaviour numbers its requests from 1, so ids of
    // different protocols collide. Every entry leaves on the request's answer or failure (a
    // closed connection or a timeout is a failure), so neither map outlives its peer.
    pending_requests: HashMap<(Protocol, OutboundRequestId), oneshot::Sender<Result<Frame>>>,
    pending_flush: HashMap<(Protocol, InboundRequestId), oneshot::Sender<Result<()>>>,
}

impl std::fmt::Debug for EventLoop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventLoop")
            .field("peer_id", self.swarm.local_peer_id())
            .finish_non_exhaustive()
    }
}

/// Builds the swarm for `keypair` (TCP + noise + yamux on tokio, the four protocols) and returns
/// the client, the inbound-request receiver and the event loop to spawn.
pub fn new(
    keypair: identity::Keypair,
    config: &NetConfig,
) -> Result<(Client, mpsc::Receiver<InboundRequest>, EventLoop)> {
    let rr_config = request_response::Config::default()
        .with_request_timeout(config.request_timeout)
        .with_max_concurrent_streams(config.max_streams);
    let traffic = std::sync::Arc::new(Traffic::default());
    let make = |p: Protocol| {
        Rr::with_codec(
            FrameCodec::new(p, traffic.counter(p), config.request_read_timeout),
            [(StreamProtocol::new(p.name()), ProtocolSupport::Full)],
            rr_config.clone(),
        )
    };
    let limits = connection_limits::ConnectionLimits::default()
        .with_max_established(Some(config.max_connections))
        .with_max_established_per_peer(Some(config.max_connections_per_peer))
        .with_max_pending_incoming(Some(config.max_pending_incoming));
    let yamux_streams = config.max_yamux_streams();
    let idle = config.idle_timeout;
    let swarm = libp2p::SwarmBuilder::with_existing_identity(keypair)
        .with_tokio()
        .with_tcp(
            tcp::Config::default().nodelay(true),
            noise::Config::new,
            move || {
                let mut c = yamux::Config::default();
                c.set_max_num_streams(yamux_streams);
                c
            },
        )
        .map_err(|e| NetError::Transport(e.to_string()))?
        .with_behaviour(|_| Behaviour {
            limits: connection_limits::Behaviour::new(limits),
            listing: make(Protocol::Listing),
            bid: make(Protocol::Bid),
            pay: make(Protocol::Pay),
            attention: make(Protocol::Attention),
            keys: make(Protocol::Keys),
            close: make(Protocol::Close),
        })
        .map_err(|e| NetError::Transport(e.to_string()))?
        .with_swarm_config(|c| c.with_idle_connection_timeout(idle))
        .build();
    let peer_id = *swarm.local_peer_id();
    let (sender, commands) = mpsc::channel(64);
    let (inbound, inbound_rx) = mpsc::channel(INBOUND_QUEUE);
    Ok((
        Client {
            peer_id,
            sender,
            traffic,
        },
        inbound_rx,
        EventLoop {
            swarm,
            commands,
            inbound,
            pending_listen: HashMap::new(),
            pending_requests: HashMap::new(),
            pending_flush: HashMap::new(),
        },
    ))
}

/// Builds the network and spawns its event loop on the current tokio runtime.
pub fn spawn(
    keypair: identity::Keypair,
    config: &NetConfig,
) -> Result<(Client, mpsc::Receiver<InboundRequest>)> {
    let (client, inbound, event_loop) = new(keypair, config)?;
    tokio::spawn(event_loop.run());
    Ok((client, inbound))
}

impl EventLoop {
    /// Runs until every [`Client`] is dropped.
    pub async fn run(mut self) {
        loop {
            tokio::select! {
                event = self.swarm.select_next_some() => self.on_event(event),
                command = self.commands.recv() => match command {
                    Some(c) => self.on_command(c),
                    None => return,
                },
            }
        }
    }

    fn on_command(&mut self, command: Command) {
        match command {
            Command::Listen { addr, reply } => match self.swarm.listen_on(addr.clone()) {
                Ok(id) => {
                    self.pending_listen.insert(id, reply);
                }
                Err(e) => {
                    let _ = reply.send(Err(NetError::Listen {
                        addr,
                        reason: e.to_string(),
                    }));
                }
            },
            Command::Request {
                peer,
                addrs,
                protocol,
                frame,
                reply,
            } => {
                let id = self
                    .swarm
                    .behaviour_mut()
                    .rr(protocol)
                    .send_request_with_addresses(&peer, frame, addrs);
                self.pending_requests.insert((protocol, id), reply);
            }
            Command::Respond {
                protocol,
                channel,
                frame,
                flushed,
            } => {
                // A closed channel means the requester went away; it will ask again.
                let sent = self
                    .swarm
                    .behaviour_mut()
                    .rr(protocol)
                    .send_response(channel, frame);
                if let Some((id, reply)) = flushed {
                    if sent.is_ok() {
                        self.pending_flush.insert((protocol, id), reply);
                    } else {
                        let _ = reply.send(Err(NetError::Stopped));
                    }
                }
            }
            Command::Disconnect { peer } => {
                let _ = self.swarm.disconnect_peer_id(peer);
            }
            Command::Connections { reply } => {
                let info = self.swarm.network_info();
                let counters = info.connection_counters();
                let _ = reply.send(ConnectionCounts {
                    peers: info.num_peers(),
                    established: counters.num_established(),
                    pending_incoming: counters.num_pending_incoming(),
                });
            }
        }
    }

    fn on_event(&mut self, event: SwarmEvent<BehaviourEvent>) {
        match event {
            SwarmEvent::NewListenAddr {
                listener_id,
                address,
            } => {
                if let Some(reply) = self.pending_listen.remove(&listener_id) {
                    let peer = *self.swarm.local_peer_id();
                    let _ = reply.send(Ok(address.with_p2p(peer).unwrap_or_else(|a| a)));
                }
            }
            SwarmEvent::ListenerError { listener_id, error }
            | SwarmEvent::ListenerClosed {
                listener_id,
                reason: Err(error),
                ..
            } => {
                if let Some(reply) = self.pending_listen.remove(&listener_id) {
                    let _ = reply.send(Err(NetError::Transport(error.to_string())));
                }
            }
            SwarmEvent::Behaviour(event) => {
                let (protocol, event) = match event {
                    BehaviourEvent::Limits(never) => match never {},
                    BehaviourEvent::Listing(e) => (Protocol::Listing, e),
                    BehaviourEvent::Bid(e) => (Protocol::Bid, e),
                    BehaviourEvent::Pay(e) => (Protocol::Pay, e),
                    BehaviourEvent::Attention(e) => (Protocol::Attention, e),
                    BehaviourEvent::Keys(e) => (Protocol::Keys, e),
                    BehaviourEvent::Close(e) => (Protocol::Close, e),
                };
                self.on_rr(protocol, event);
            }
            _ => {}
        }
    }

    fn on_rr(&mut self, protocol: Protocol, event: request_response::Event<Frame, Frame>) {
        match event {
            request_response::Event::Message { peer, message, .. } => match message {
                request_response::Message::Request {
                    request,
                    channel,
                    request_id,
                } => {
                    // Never wait here: the event loop drives every connection.
                    let sent = self.inbound.try_send(InboundRequest {
                        peer,
                        protocol,
                        frame: request,
                        channel,
                        id: request_id,
                    });
                    if let Err(mpsc::error::TrySendError::Full(req)) = sent {
                        let busy = Rejection::new(
                            RejectCode::Busy,
                            format!("{INBOUND_QUEUE} requests are queued; ask again later"),
                        );
                        let _ = self
                            .swarm
                            .behaviour_mut()
                            .rr(protocol)
                            .send_response(req.channel, busy.to_frame());
                    }
                    // Closed: this peer serves nothing (a viewer); dropping the channel tells the
                    // requester so.
                }
                request_response::Message::Response {
                    request_id,
                    response,
                } => {
                    if let Some(reply) = self.pending_requests.remove(&(protocol, request_id)) {
                        let _ = reply.send(Ok(response));
                    }
                }
            },
            request_response::Event::OutboundFailure {
                peer,
                request_id,
                error,
                ..
            } => {
                if let Some(reply) = self.pending_requests.remove(&(protocol, request_id)) {
                    let error = match error {
                        request_response::OutboundFailure::DialFailure => NetError::DialFailed {
                            peer,
                            protocol: protocol.name(),
                        },
                        other => NetError::Request {
                            peer,
                            protocol: protocol.name(),
                            reason: other.to_string(),
                        },
                    };
                    let _ = reply.send(Err(error));
                }
            }
            request_response::Event::ResponseSent { request_id, .. } => {
                if let Some(reply) = self.pending_flush.remove(&(protocol, request_id)) {
                    let _ = reply.send(Ok(()));
                }
            }
            request_response::Event::InboundFailure {
                peer,
                request_id,
                error,
                ..
            } => {
                if let Some(reply) = self.pending_flush.remove(&(protocol, request_id)) {
                    let _ = reply.send(Err(NetError::Request {
                        peer,
                        protocol: protocol.name(),
                        reason: error.to_string(),
                    }));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflight_bounds_each_peer_and_all() {
        let inflight = Inflight::new(3, 2);
        let (a, b, c) = (PeerId::random(), PeerId::random(), PeerId::random());
        let a1 = inflight.try_acquire(a).expect("a 1");
        let _a2 = inflight.try_acquire(a).expect("a 2");
        // A third of `a`'s is over its share, though the pool has room.
        assert_eq!(inflight.try_acquire(a).unwrap_err(), Saturated::Peer(2));
        let _b1 = inflight.try_acquire(b).expect("b 1");
        // The pool is full: `c` waits for a slot like everyone.
        assert_eq!(inflight.try_acquire(c).unwrap_err(), Saturated::All(3));
        assert_eq!(inflight.in_flight(), 3);
        drop(a1);
        let c1 = inflight.try_acquire(c).expect("c after a slot is freed");
        // The per-peer map keeps only peers with requests in flight.
        drop(c1);
        let peers = inflight.peers.lock().expect("lock");
        assert_eq!(peers.len(), 2);
        assert!(!peers.contains_key(&c));
    }
}
