//! The libp2p side: a [`Client`] handle sending commands to an [`EventLoop`] that owns the
//! `Swarm` (the structure of rust-libp2p's file-sharing example). Inbound requests come out as
//! [`InboundRequest`]s on a channel; the application answers through [`Client::respond`].

use std::collections::HashMap;
use std::time::Duration;

use futures::StreamExt;
use libp2p::request_response::{
    self, InboundRequestId, OutboundRequestId, ProtocolSupport, ResponseChannel,
};
use libp2p::swarm::{NetworkBehaviour, SwarmEvent};
use libp2p::{Multiaddr, PeerId, StreamProtocol, Swarm, identity, noise, tcp, yamux};
use tokio::sync::{mpsc, oneshot};

use crate::error::{NetError, Result};
use crate::frame::{Frame, FrameCodec};

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

/// Network settings.
#[derive(Debug, Clone)]
pub struct NetConfig {
    /// How long an outbound request may wait for its response (a bid's answer waits for the
    /// `open` transaction to be mined).
    pub request_timeout: Duration,
    /// How long an idle connection is kept.
    pub idle_timeout: Duration,
}

impl Default for NetConfig {
    fn default() -> Self {
        Self {
            request_timeout: Duration::from_secs(180),
            idle_timeout: Duration::from_secs(300),
        }
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
    pending_requests: HashMap<OutboundRequestId, (Protocol, oneshot::Sender<Result<Frame>>)>,
    pending_flush: HashMap<InboundRequestId, oneshot::Sender<Result<()>>>,
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
        .with_max_concurrent_streams(256);
    let traffic = std::sync::Arc::new(Traffic::default());
    let make = |p: Protocol| {
        Rr::with_codec(
            FrameCodec::counting(traffic.counter(p)),
            [(StreamProtocol::new(p.name()), ProtocolSupport::Full)],
            rr_config.clone(),
        )
    };
    let idle = config.idle_timeout;
    let swarm = libp2p::SwarmBuilder::with_existing_identity(keypair)
        .with_tokio()
        .with_tcp(
            tcp::Config::default().nodelay(true),
            noise::Config::new,
            yamux::Config::default,
        )
        .map_err(|e| NetError::Transport(e.to_string()))?
        .with_behaviour(|_| Behaviour {
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
    let (inbound, inbound_rx) = mpsc::channel(64);
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
                event = self.swarm.select_next_some() => self.on_event(event).await,
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
                self.pending_requests.insert(id, (protocol, reply));
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
                        self.pending_flush.insert(id, reply);
                    } else {
                        let _ = reply.send(Err(NetError::Stopped));
                    }
                }
            }
            Command::Disconnect { peer } => {
                let _ = self.swarm.disconnect_peer_id(peer);
            }
        }
    }

    async fn on_event(&mut self, event: SwarmEvent<BehaviourEvent>) {
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
                    BehaviourEvent::Listing(e) => (Protocol::Listing, e),
                    BehaviourEvent::Bid(e) => (Protocol::Bid, e),
                    BehaviourEvent::Pay(e) => (Protocol::Pay, e),
                    BehaviourEvent::Attention(e) => (Protocol::Attention, e),
                    BehaviourEvent::Keys(e) => (Protocol::Keys, e),
                    BehaviourEvent::Close(e) => (Protocol::Close, e),
                };
                self.on_rr(protocol, event).await;
            }
            _ => {}
        }
    }

    async fn on_rr(&mut self, protocol: Protocol, event: request_response::Event<Frame, Frame>) {
        match event {
            request_response::Event::Message { peer, message, .. } => match message {
                request_response::Message::Request {
                    request,
                    channel,
                    request_id,
                } => {
                    let _ = self
                        .inbound
                        .send(InboundRequest {
                            peer,
                            protocol,
                            frame: request,
                            channel,
                            id: request_id,
                        })
                        .await;
                }
                request_response::Message::Response {
                    request_id,
                    response,
                } => {
                    if let Some((_, reply)) = self.pending_requests.remove(&request_id) {
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
                if let Some((protocol, reply)) = self.pending_requests.remove(&request_id) {
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
                if let Some(reply) = self.pending_flush.remove(&request_id) {
                    let _ = reply.send(Ok(()));
                }
            }
            request_response::Event::InboundFailure {
                peer,
                request_id,
                error,
                ..
            } => {
                if let Some(reply) = self.pending_flush.remove(&request_id) {
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
