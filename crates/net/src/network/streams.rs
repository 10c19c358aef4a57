//! One long-lived stream per channel for the payment protocols (PROTOCOL R25).
//!
//! A request-response exchange opens a yamux stream, negotiates the protocol, writes, half-closes,
//! and goes through the swarm's task twice on each side. For a payment every two seconds per
//! viewer that bookkeeping cost several times the payment's own check. [`Protocol::Keys`] and
//! [`Protocol::Pay`] therefore also run on `/paratii/keys-stream/1` and `/paratii/pay-stream/1`:
//! the requester keeps a stream per peer and protocol and sends its requests on it one after the
//! other, each frame answered by one frame, in order. The frames and their limits are those of
//! the request-response protocol. A peer that does not speak the stream protocol is asked the
//! request-response way.

use std::collections::{HashMap, HashSet};
use std::io;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use futures::{AsyncWriteExt, StreamExt};
use libp2p::{PeerId, Stream, StreamProtocol};
use libp2p_stream::{IncomingStreams, OpenStreamError};

use super::{Client, Command, Protocol, ProtocolTraffic};
use crate::error::{NetError, Result};
use crate::frame::{
    Direction, Frame, FrameLimits, read_frame_rest, read_frame_start, read_frame_within,
    write_frame_within,
};

/// The streams a [`Client`] keeps between requests, and the peers known not to take them.
#[derive(Default)]
pub(super) struct StreamPool {
    idle: Mutex<HashMap<(PeerId, Protocol), Vec<Stream>>>,
    request_response_only: Mutex<HashSet<PeerId>>,
}

impl std::fmt::Debug for StreamPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamPool").finish_non_exhaustive()
    }
}

/// Streams kept idle per peer and protocol: one per request in flight at once (a viewer has
/// one); more are closed after use.
const IDLE_PER_PEER: usize = 4;

impl StreamPool {
    fn take(&self, peer: PeerId, protocol: Protocol) -> Option<Stream> {
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        let streams = idle.get_mut(&(peer, protocol))?;
        let stream = streams.pop();
        if streams.is_empty() {
            idle.remove(&(peer, protocol));
        }
        stream
    }

    fn put(&self, peer: PeerId, protocol: Protocol, stream: Stream) {
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        let streams = idle.entry((peer, protocol)).or_default();
        if streams.len() < IDLE_PER_PEER {
            streams.push(stream);
        }
    }

    fn forget(&self, peer: PeerId) {
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        idle.retain(|(p, _), _| *p != peer);
    }

    pub(super) fn takes_streams(&self, peer: PeerId) -> bool {
        !self
            .request_response_only
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(&peer)
    }

    pub(super) fn refuses_streams(&self, peer: PeerId) {
        self.request_response_only
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(peer);
    }
}

impl Protocol {
    /// The name of the protocol's long-lived stream, for the protocols that have one.
    pub const fn stream_name(self) -> Option<&'static str> {
        match self {
            Self::Keys => Some("/paratii/keys-stream/1"),
            Self::Pay => Some("/paratii/pay-stream/1"),
            Self::Listing | Self::Bid | Self::Attention | Self::Close => None,
        }
    }
}

impl Client {
    /// A request on a protocol with a long-lived stream: on the stream kept from the last one, or
    /// on a new one. A kept stream that fails (its connection died, say the publisher restarted)
    /// is dropped and the request sent once more on a new stream: every request of these
    /// protocols may be sent again (a payment names its balance).
    pub(super) async fn request_on_stream(
        &self,
        peer: PeerId,
        addrs: Vec<libp2p::Multiaddr>,
        protocol: Protocol,
        name: &'static str,
        frame: Frame,
    ) -> Result<Frame> {
        if !self.streams.takes_streams(peer) {
            return self.request_response(peer, addrs, protocol, frame).await;
        }
        if let Some(stream) = self.streams.take(peer, protocol) {
            match self.exchange(stream, protocol, &frame).await {
                Ok((answer, stream)) => {
                    self.streams.put(peer, protocol, stream);
                    return Ok(answer);
                }
                // Waiting as long again would double the caller's wait.
                Err(StreamFailure::TimedOut) => return Err(timed_out(peer, protocol)),
                Err(_) => self.streams.forget(peer),
            }
        }
        let result = match self.open_stream(peer, addrs.clone(), protocol, name).await {
            Ok(stream) => self.exchange(stream, protocol, &frame).await,
            Err(StreamFailure::Unsupported) => {
                self.streams.refuses_streams(peer);
                return self.request_response(peer, addrs, protocol, frame).await;
            }
            Err(e) => Err(e),
        };
        match result {
            Ok((answer, stream)) => {
                self.streams.put(peer, protocol, stream);
                Ok(answer)
            }
            // A new stream can fail at once on a connection that has just closed, before the
            // swarm notices (seen for a few of thousands of viewers idle for minutes): the
            // request-response way, which dials again on its own, takes this one request.
            Err(StreamFailure::Broken | StreamFailure::Unsupported) => {
                self.request_response(peer, addrs, protocol, frame).await
            }
            Err(StreamFailure::TimedOut) => Err(timed_out(peer, protocol)),
            Err(StreamFailure::Failed(e)) => Err(e),
        }
    }

    /// Connects to `peer` if need be and opens a stream.
    pub(super) async fn open_stream(
        &self,
        peer: PeerId,
        addrs: Vec<libp2p::Multiaddr>,
        protocol: Protocol,
        name: &'static str,
    ) -> std::result::Result<Stream, StreamFailure> {
        let (reply, rx) = tokio::sync::oneshot::channel();
        self.sender
            .send(Command::Connect {
                peer,
                addrs,
                protocol,
                reply,
            })
            .await
            .map_err(|_| StreamFailure::Failed(NetError::Stopped))?;
        rx.await
            .map_err(|_| StreamFailure::Failed(NetError::Stopped))?
            .map_err(StreamFailure::Failed)?;
        let mut control = self.control.clone();
        let open = control.open_stream(peer, StreamProtocol::new(name));
        match tokio::time::timeout(self.request_timeout, open).await {
            Ok(Ok(stream)) => {
                self.traffic.counter(protocol).add_stream();
                Ok(stream)
            }
            Ok(Err(OpenStreamError::UnsupportedProtocol(_))) => Err(StreamFailure::Unsupported),
            Ok(Err(_)) => Err(StreamFailure::Broken),
            Err(_) => Err(StreamFailure::TimedOut),
        }
    }

    async fn exchange(
        &self,
        mut stream: Stream,
        protocol: Protocol,
        frame: &Frame,
    ) -> std::result::Result<(Frame, Stream), StreamFailure> {
        let traffic = self.traffic.counter(protocol);
        let work = async {
            write_frame_within(
                &mut stream,
                frame,
                &FrameLimits::of(protocol, Direction::Request),
            )
            .await?;
            traffic.add_sent(frame.encoded_len());
            let answer =
                read_frame_within(&mut stream, &FrameLimits::of(protocol, Direction::Response))
                    .await?;
            traffic.add_received(answer.encoded_len());
            Ok::<_, io::Error>(answer)
        };
        match tokio::time::timeout(self.request_timeout, work).await {
            Ok(Ok(answer)) => Ok((answer, stream)),
            Ok(Err(_)) => Err(StreamFailure::Broken),
            Err(_) => Err(StreamFailure::TimedOut),
        }
    }

    /// Takes the streams other peers open on `protocol`'s long-lived stream (the server's side).
    pub fn accept_streams(&self, protocol: Protocol) -> Result<InboundStreams> {
        let name = protocol
            .stream_name()
            .ok_or_else(|| NetError::Transport(format!("{protocol} has no long-lived stream")))?;
        let incoming = self
            .control
            .clone()
            .accept(StreamProtocol::new(name))
            .map_err(|e| NetError::Transport(format!("{name}: {e}")))?;
        Ok(InboundStreams {
            incoming,
            protocol,
            traffic: self.traffic.counter(protocol),
        })
    }
}

/// Why a request on a long-lived stream got no answer.
pub(super) enum StreamFailure {
    /// No answer within the request timeout: not worth another try, which would double the
    /// caller's wait.
    TimedOut,
    /// The peer does not speak the stream protocol.
    Unsupported,
    /// The stream broke (or its connection had closed): the request may go another way, whose
    /// error the caller sees if it fails too.
    Broken,
    /// The peer could not be reached at all, or the network stopped: the caller's error.
    Failed(NetError),
}

const TIMED_OUT: &str = "no answer within the request timeout";

pub(super) fn timed_out(peer: PeerId, protocol: Protocol) -> NetError {
    failed(peer, protocol, TIMED_OUT.into())
}

pub(super) fn failed(peer: PeerId, protocol: Protocol, reason: String) -> NetError {
    NetError::Request {
        peer,
        protocol: protocol.stream_name().unwrap_or(protocol.name()),
        reason,
    }
}

/// The long-lived streams remote peers open on one protocol.
pub struct InboundStreams {
    incoming: IncomingStreams,
    protocol: Protocol,
    traffic: Arc<ProtocolTraffic>,
}

impl std::fmt::Debug for InboundStreams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InboundStreams")
            .field("protocol", &self.protocol)
            .finish_non_exhaustive()
    }
}

impl InboundStreams {
    /// The next stream a peer opened (`None` once the network stopped).
    pub async fn next(&mut self) -> Option<InboundStream> {
        let (peer, stream) = self.incoming.next().await?;
        self.traffic.add_stream();
        Some(InboundStream {
            peer,
            protocol: self.protocol,
            stream,
            traffic: self.traffic.clone(),
        })
    }
}

/// A stream a peer opened: its requests come one after the other, each answered in order
/// ([`InboundStream::answer_in_order`]).
pub struct InboundStream {
    /// Who opened it (authenticated by noise).
    pub peer: PeerId,
    /// Its protocol.
    pub protocol: Protocol,
    stream: Stream,
    traffic: Arc<ProtocolTraffic>,
}

impl std::fmt::Debug for InboundStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InboundStream")
            .field("peer", &self.peer)
            .field("protocol", &self.protocol)
            .finish_non_exhaustive()
    }
}

impl InboundStream {
    /// Answers the stream's requests in order with `handle` until the peer closes it, stays
    /// silent for `idle`, breaks the framing or a request's `read_timeout`, or `handle` gives
    /// `None`. The next request is read and handled while the last answer is written (PROTOCOL
    /// R28); one answer waits between the two, so a peer that stops reading holds at most three.
    pub async fn answer_in_order<F, Fut>(
        self,
        idle: Duration,
        read_timeout: Duration,
        mut handle: F,
    ) where
        F: FnMut(Frame) -> Fut,
        Fut: std::future::Future<Output = Option<Frame>>,
    {
        let protocol = self.protocol;
        let (mut read, mut write) = futures::AsyncReadExt::split(self.stream);
        let (queue, mut queued) = tokio::sync::mpsc::channel::<Frame>(1);
        let received = self.traffic.clone();
        let reading = async move {
            while let Some(frame) = next_request(&mut read, protocol, idle, read_timeout).await {
                received.add_received(frame.encoded_len());
                let Some(answer) = handle(frame).await else {
                    return;
                };
                if queue.send(answer).await.is_err() {
                    return;
                }
            }
        };
        let sent = self.traffic;
        let writing = async move {
            let limits = FrameLimits::of(protocol, Direction::Response);
            while let Some(answer) = queued.recv().await {
                if write_frame_within(&mut write, &answer, &limits)
                    .await
                    .is_err()
                {
                    // Dropping the queue's end stops the reader at its next answer.
                    return;
                }
                sent.add_sent(answer.encoded_len());
            }
            let _ = write.close().await;
        };
        tokio::join!(reading, writing);
    }
}

/// One request read from `io`: the stream may stay silent for `idle` before it begins, and once
/// begun it must arrive whole within `read_timeout` and the protocol's limits. `None` when the
/// peer closed the stream, stayed silent too long, or broke a limit (the stream is then dropped:
/// a peer breaking the framing gets no answer).
async fn next_request<T: futures::AsyncRead + Unpin + Send>(
    io: &mut T,
    protocol: Protocol,
    idle: Duration,
    read_timeout: Duration,
) -> Option<Frame> {
    let limits = FrameLimits::of(protocol, Direction::Request);
    let header_len = tokio::time::timeout(idle, read_frame_start(io))
        .await
        .ok()?
        .ok()??;
    tokio::time::timeout(read_timeout, read_frame_rest(io, header_len, &limits))
        .await
        .ok()?
        .ok()
}
