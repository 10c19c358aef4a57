//! A raw attacker: its own swarm, any bytes on any protocol, as many connections as it dials.

use std::time::Duration;

use alloy::signers::local::PrivateKeySigner;

use futures::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, StreamExt};
use libp2p::request_response::{self, OutboundRequestId, ProtocolSupport};
use libp2p::swarm::dial_opts::{DialOpts, PeerCondition};
use libp2p::swarm::{NetworkBehaviour, SwarmEvent};
use libp2p::{Multiaddr, PeerId, StreamProtocol, Swarm, noise, tcp, yamux};
use paratii_net::frame::{Frame, read_frame};
use paratii_net::network::Protocol;
use paratii_net::wire::{RejectCode, check_rejection};
use paratii_net::{NetError, Server, keypair};
use tokio::sync::{mpsc, oneshot};

/// What a raw request writes: `prefix`, then `filler` zero bytes in 64 KiB writes (from one
/// static buffer: a 30 MiB frame costs the attacker nothing).
#[derive(Debug, Clone)]
pub(crate) struct RawFrame {
    prefix: Vec<u8>,
    filler: u64,
}

impl RawFrame {
    /// A well-formed frame, as bytes.
    pub(crate) fn of(frame: &Frame) -> Self {
        let mut prefix = Vec::new();
        prefix.extend_from_slice(&(frame.header.len() as u32).to_be_bytes());
        prefix.extend_from_slice(&frame.header);
        prefix.extend_from_slice(&(frame.blobs.len() as u32).to_be_bytes());
        for b in &frame.blobs {
            prefix.extend_from_slice(&(b.len() as u32).to_be_bytes());
            prefix.extend_from_slice(b);
        }
        Self { prefix, filler: 0 }
    }

    /// A header announced as `len` bytes, and `len` bytes sent (or `sent`, when given).
    pub(crate) fn header(len: u32, sent: Option<u64>) -> Self {
        Self {
            prefix: len.to_be_bytes().to_vec(),
            filler: sent.unwrap_or(u64::from(len)),
        }
    }

    /// A small header and one blob announced as `len` bytes, all of them sent.
    pub(crate) fn blob(len: u32) -> Self {
        let mut prefix = 2u32.to_be_bytes().to_vec();
        prefix.extend_from_slice(b"{}");
        prefix.extend_from_slice(&1u32.to_be_bytes());
        prefix.extend_from_slice(&len.to_be_bytes());
        Self {
            prefix,
            filler: u64::from(len),
        }
    }

    /// A small header and `count` blobs announced.
    pub(crate) fn blobs(count: u32) -> Self {
        let mut prefix = 2u32.to_be_bytes().to_vec();
        prefix.extend_from_slice(b"{}");
        prefix.extend_from_slice(&count.to_be_bytes());
        Self {
            prefix,
            filler: 1 << 20,
        }
    }
}

static ZEROS: [u8; 64 * 1024] = [0; 64 * 1024];

#[derive(Debug, Clone, Default)]
pub(crate) struct RawCodec;

impl request_response::Codec for RawCodec {
    type Protocol = StreamProtocol;
    type Request = RawFrame;
    type Response = Vec<u8>;

    async fn read_request<T>(&mut self, _: &StreamProtocol, _: &mut T) -> std::io::Result<RawFrame>
    where
        T: AsyncRead + Unpin + Send,
    {
        Err(std::io::Error::other("the attacker serves nothing"))
    }

    async fn read_response<T>(&mut self, _: &StreamProtocol, io: &mut T) -> std::io::Result<Vec<u8>>
    where
        T: AsyncRead + Unpin + Send,
    {
        let mut out = Vec::new();
        io.take(1 << 20).read_to_end(&mut out).await?;
        if out.is_empty() {
            // The server dropped the stream (a reset may read as its end).
            return Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof));
        }
        Ok(out)
    }

    async fn write_request<T>(
        &mut self,
        _: &StreamProtocol,
        io: &mut T,
        req: RawFrame,
    ) -> std::io::Result<()>
    where
        T: AsyncWrite + Unpin + Send,
    {
        io.write_all(&req.prefix).await?;
        let mut left = req.filler;
        while left > 0 {
            let n = left.min(ZEROS.len() as u64) as usize;
            io.write_all(&ZEROS[..n]).await?;
            left -= n as u64;
        }
        io.close().await
    }

    async fn write_response<T>(
        &mut self,
        _: &StreamProtocol,
        _: &mut T,
        _: Vec<u8>,
    ) -> std::io::Result<()>
    where
        T: AsyncWrite + Unpin + Send,
    {
        Err(std::io::Error::other("the attacker serves nothing"))
    }
}

pub(crate) type RawRr = request_response::Behaviour<RawCodec>;

#[derive(NetworkBehaviour)]
pub(crate) struct RawBehaviour {
    listing: RawRr,
    bid: RawRr,
    pay: RawRr,
    attention: RawRr,
    keys: RawRr,
    close: RawRr,
}

impl RawBehaviour {
    pub(crate) fn rr(&mut self, protocol: Protocol) -> &mut RawRr {
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

/// The answer to a raw request: the server's frame, or why there was none.
pub(crate) type RawAnswer = Result<Vec<u8>, String>;

pub(crate) enum RawCommand {
    Send(Protocol, RawFrame, oneshot::Sender<RawAnswer>),
    Dial(oneshot::Sender<()>),
    Established(oneshot::Sender<usize>),
}

/// A peer with a fresh key, speaking raw bytes to the server.
#[derive(Clone)]
pub(crate) struct Attacker {
    commands: mpsc::Sender<RawCommand>,
}

impl Attacker {
    pub(crate) fn new(server: &Server) -> Self {
        let rr_config = request_response::Config::default()
            .with_request_timeout(Duration::from_secs(30))
            .with_max_concurrent_streams(256);
        let make = |p: Protocol| {
            RawRr::with_codec(
                RawCodec,
                [(StreamProtocol::new(p.name()), ProtocolSupport::Outbound)],
                rr_config.clone(),
            )
        };
        let id = keypair(&PrivateKeySigner::random()).expect("keypair");
        let swarm = libp2p::SwarmBuilder::with_existing_identity(id)
            .with_tokio()
            .with_tcp(
                tcp::Config::default().nodelay(true),
                noise::Config::new,
                yamux::Config::default,
            )
            .expect("tcp")
            .with_behaviour(|_| RawBehaviour {
                listing: make(Protocol::Listing),
                bid: make(Protocol::Bid),
                pay: make(Protocol::Pay),
                attention: make(Protocol::Attention),
                keys: make(Protocol::Keys),
                close: make(Protocol::Close),
            })
            .expect("behaviour")
            .with_swarm_config(|c| c.with_idle_connection_timeout(Duration::from_secs(120)))
            .build();
        let (commands, rx) = mpsc::channel(1024);
        tokio::spawn(run_attacker(
            swarm,
            rx,
            server.peer_id(),
            server.addrs().to_vec(),
        ));
        Self { commands }
    }

    pub(crate) async fn send(&self, protocol: Protocol, frame: RawFrame) -> RawAnswer {
        let (reply, rx) = oneshot::channel();
        self.commands
            .send(RawCommand::Send(protocol, frame, reply))
            .await
            .map_err(|_| "stopped".to_owned())?;
        rx.await.map_err(|_| "stopped".to_owned())?
    }

    /// Opens one more connection to the server, however many there are already.
    pub(crate) async fn dial(&self) {
        let (reply, rx) = oneshot::channel();
        let _ = self.commands.send(RawCommand::Dial(reply)).await;
        let _ = rx.await;
    }

    pub(crate) async fn established(&self) -> usize {
        let (reply, rx) = oneshot::channel();
        let _ = self.commands.send(RawCommand::Established(reply)).await;
        rx.await.unwrap_or(0)
    }
}

pub(crate) async fn run_attacker(
    mut swarm: Swarm<RawBehaviour>,
    mut commands: mpsc::Receiver<RawCommand>,
    server: PeerId,
    addrs: Vec<Multiaddr>,
) {
    let mut pending: std::collections::HashMap<
        (Protocol, OutboundRequestId),
        oneshot::Sender<RawAnswer>,
    > = Default::default();
    let mut established = 0usize;
    loop {
        tokio::select! {
            command = commands.recv() => match command {
                None => return,
                Some(RawCommand::Send(protocol, frame, reply)) => {
                    let id = swarm.behaviour_mut().rr(protocol).send_request_with_addresses(
                        &server,
                        frame,
                        addrs.clone(),
                    );
                    pending.insert((protocol, id), reply);
                }
                Some(RawCommand::Dial(reply)) => {
                    let _ = swarm.dial(
                        DialOpts::peer_id(server)
                            .addresses(addrs.clone())
                            .condition(PeerCondition::Always)
                            .build(),
                    );
                    let _ = reply.send(());
                }
                Some(RawCommand::Established(reply)) => {
                    let _ = reply.send(established);
                }
            },
            event = swarm.select_next_some() => match event {
                SwarmEvent::ConnectionEstablished { .. } => established += 1,
                SwarmEvent::ConnectionClosed { .. } => established -= 1,
                SwarmEvent::Behaviour(event) => {
                    let (protocol, event) = match event {
                        RawBehaviourEvent::Listing(e) => (Protocol::Listing, e),
                        RawBehaviourEvent::Bid(e) => (Protocol::Bid, e),
                        RawBehaviourEvent::Pay(e) => (Protocol::Pay, e),
                        RawBehaviourEvent::Attention(e) => (Protocol::Attention, e),
                        RawBehaviourEvent::Keys(e) => (Protocol::Keys, e),
                        RawBehaviourEvent::Close(e) => (Protocol::Close, e),
                    };
                    match event {
                        request_response::Event::Message {
                            message: request_response::Message::Response { request_id, response },
                            ..
                        } => {
                            if let Some(reply) = pending.remove(&(protocol, request_id)) {
                                let _ = reply.send(Ok(response));
                            }
                        }
                        request_response::Event::OutboundFailure { request_id, error, .. } => {
                            if let Some(reply) = pending.remove(&(protocol, request_id)) {
                                let _ = reply.send(Err(error.to_string()));
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            },
        }
    }
}

/// The rejection code of a raw answer, if it is one.
pub(crate) fn code_of(answer: &[u8]) -> Option<RejectCode> {
    let frame =
        futures::executor::block_on(read_frame(&mut futures::io::Cursor::new(answer))).ok()?;
    match check_rejection(&frame) {
        Err(NetError::Rejected(r)) => Some(r.code),
        _ => None,
    }
}

/// What a flood of bad bids got back.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Tally {
    pub(crate) bad_signature: u64,
    pub(crate) busy: u64,
    /// No answer: the stream was dropped (over the stream limit) or failed.
    pub(crate) dropped: u64,
}

impl Tally {
    pub(crate) fn add(&mut self, other: Self) {
        self.bad_signature += other.bad_signature;
        self.busy += other.busy;
        self.dropped += other.dropped;
    }

    pub(crate) fn total(&self) -> u64 {
        self.bad_signature + self.busy + self.dropped
    }

    pub(crate) fn count(&mut self, code: Option<RejectCode>) {
        match code {
            Some(RejectCode::BadSignature) => self.bad_signature += 1,
            Some(RejectCode::Busy) => self.busy += 1,
            other => panic!("a bad bid was answered {other:?}"),
        }
    }
}
