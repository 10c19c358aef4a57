//! The [`EventLoop`] that owns the `Swarm`: dials, listens, answers, and forwards inbound
//! requests to the application.

use std::collections::HashMap;

use futures::StreamExt;
use libp2p::request_response::{self, InboundRequestId, OutboundRequestId, ProtocolSupport};
use libp2p::swarm::dial_opts::{DialOpts, PeerCondition};
use libp2p::swarm::{DialError, NetworkBehaviour, SwarmEvent};
use libp2p::{
    Multiaddr, PeerId, StreamProtocol, Swarm, connection_limits, identity, noise, tcp, yamux,
};
use tokio::sync::{mpsc, oneshot};

use super::{
    Client, Command, ConnectionCounts, INBOUND_QUEUE, InboundRequest, NetConfig, Protocol, Traffic,
};
use crate::error::{NetError, Result};
use crate::frame::{Frame, FrameCodec};
use crate::wire::{RejectCode, Rejection};

type Rr = request_response::Behaviour<FrameCodec>;

/// Who waits for a dial, and for which protocol (named in its error).
type DialWaiter = (Protocol, oneshot::Sender<Result<()>>);

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
    streams: libp2p_stream::Behaviour,
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
    // Who waits for a connection to a peer (before opening a long-lived stream); every entry
    // leaves when a connection to the peer is up or the dial failed.
    pending_dials: HashMap<PeerId, Vec<DialWaiter>>,
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
            streams: libp2p_stream::Behaviour::new(),
        })
        .map_err(|e| NetError::Transport(e.to_string()))?
        .with_swarm_config(|c| c.with_idle_connection_timeout(idle))
        .build();
    let peer_id = *swarm.local_peer_id();
    let control = swarm.behaviour().streams.new_control();
    let (sender, commands) = mpsc::channel(64);
    let (inbound, inbound_rx) = mpsc::channel(INBOUND_QUEUE);
    Ok((
        Client {
            peer_id,
            sender,
            traffic,
            control,
            streams: std::sync::Arc::default(),
            request_timeout: config.request_timeout,
            payment_streams: config.payment_streams,
        },
        inbound_rx,
        EventLoop {
            swarm,
            commands,
            inbound,
            pending_listen: HashMap::new(),
            pending_requests: HashMap::new(),
            pending_flush: HashMap::new(),
            pending_dials: HashMap::new(),
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
            Command::Connect {
                peer,
                addrs,
                protocol,
                reply,
            } => {
                if self.swarm.is_connected(&peer) {
                    let _ = reply.send(Ok(()));
                    return;
                }
                let opts = DialOpts::peer_id(peer)
                    .addresses(addrs)
                    .condition(PeerCondition::DisconnectedAndNotDialing)
                    .build();
                match self.swarm.dial(opts) {
                    // Already dialing: the same dial's outcome answers this one too.
                    Ok(()) | Err(DialError::DialPeerConditionFalse(_)) => {
                        self.pending_dials
                            .entry(peer)
                            .or_default()
                            .push((protocol, reply));
                    }
                    Err(_) => {
                        let _ = reply.send(Err(NetError::DialFailed {
                            peer,
                            protocol: protocol.name(),
                        }));
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
            SwarmEvent::ConnectionEstablished { peer_id, .. } => {
                for (_, reply) in self.pending_dials.remove(&peer_id).unwrap_or_default() {
                    let _ = reply.send(Ok(()));
                }
            }
            SwarmEvent::OutgoingConnectionError {
                peer_id: Some(peer),
                ..
            } => {
                for (protocol, reply) in self.pending_dials.remove(&peer).unwrap_or_default() {
                    let _ = reply.send(Err(NetError::DialFailed {
                        peer,
                        protocol: protocol.name(),
                    }));
                }
            }
            SwarmEvent::Behaviour(event) => {
                let (protocol, event) = match event {
                    BehaviourEvent::Limits(never) => match never {},
                    // It reports nothing: its streams come out of its `Control`.
                    BehaviourEvent::Streams(()) => return,
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
