//! The libp2p side: a [`Client`] handle sending commands to an [`EventLoop`] that owns the
//! `Swarm` (the structure of rust-libp2p's file-sharing example). Inbound requests come out as
//! [`InboundRequest`]s on a channel; the application answers through [`Client::respond`].
//!
//! What a peer can make us hold is bounded ([`NetConfig`]): connections in all and per peer,
//! handshakes in progress, streams per connection, each frame by its protocol and direction
//! ([`crate::frame::FrameLimits`]), the time a request takes to arrive, and the inbound queue
//! (a full queue is answered `busy` at once: the event loop never waits for the application).
//! [`Inflight`] bounds the requests the application handles at once.

mod event_loop;
mod inflight;
mod pipeline;
mod streams;
mod traffic;

pub use event_loop::{EventLoop, new, spawn};
pub use inflight::{Inflight, InflightPermit, Saturated};
pub use pipeline::Pipeline;
pub use streams::{InboundStream, InboundStreams};
pub use traffic::{ProtocolTraffic, Traffic, TrafficCount};

use std::time::Duration;

use libp2p::request_response::{InboundRequestId, ResponseChannel};
use libp2p::{Multiaddr, PeerId};
use tokio::sync::{mpsc, oneshot};

use crate::error::{NetError, Result};
use crate::frame::Frame;

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
    /// Whether our payments go over the long-lived payment streams (default; R25) rather than a
    /// request-response exchange each (how the benchmark compares the two).
    pub payment_streams: bool,
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
            payment_streams: true,
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
    /// Dial `peer` unless connected; answered once a connection is up or the dial failed.
    Connect {
        peer: PeerId,
        addrs: Vec<Multiaddr>,
        protocol: Protocol,
        reply: oneshot::Sender<Result<()>>,
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
#[derive(Clone)]
pub struct Client {
    peer_id: PeerId,
    sender: mpsc::Sender<Command>,
    traffic: std::sync::Arc<Traffic>,
    control: libp2p_stream::Control,
    streams: std::sync::Arc<streams::StreamPool>,
    request_timeout: Duration,
    payment_streams: bool,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("peer_id", &self.peer_id)
            .finish_non_exhaustive()
    }
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
    /// handshake guarantees the remote is `peer`) and waits for the answer. The payment
    /// protocols go over a long-lived stream kept between requests ([`streams`]).
    pub async fn request(
        &self,
        peer: PeerId,
        addrs: Vec<Multiaddr>,
        protocol: Protocol,
        frame: Frame,
    ) -> Result<Frame> {
        match protocol.stream_name().filter(|_| self.payment_streams) {
            Some(name) => {
                self.request_on_stream(peer, addrs, protocol, name, frame)
                    .await
            }
            None => self.request_response(peer, addrs, protocol, frame).await,
        }
    }

    /// The request on its own request-response stream.
    async fn request_response(
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
