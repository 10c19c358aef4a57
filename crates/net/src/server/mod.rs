//! `serve`: a publisher answering content bids and payments, which also accepts attention bids
//! (as a viewer: it opens the channel, requests the advertiser's segments with receipts and cashes
//! the payments that come with them).
//!
//! [`content`] is the content payee (payments, key requests, close requests, cashing in);
//! [`attention`] the viewer's side of an attention channel.

mod attention;
mod content;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::{Address, B256, U256};
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::Eip712Domain;
use bytes::Bytes;
use libp2p::{Multiaddr, PeerId};
use paratii_chain::{Channel, Client};
use paratii_protocol::{BalanceTracker, BidMessage, Sig};
use serde::Serialize;
use tokio::sync::{Mutex, broadcast};

use crate::catalog::{Catalog, ContentCodec, seal};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::{self, InboundRequest, Protocol};
use crate::peer::{PeerConfig, address_of_peer, keypair};
use crate::segments::SegmentSet;
use crate::wire::{BidAccepted, ListingRequest, RejectCode, Rejection, listing_frame};
use attention::run_attention;

/// How a publisher decides which bids to take and how it cashes in.
#[derive(Debug, Clone, PartialEq)]
pub struct ServePolicy {
    /// Minimum rate (PTI wei per second) per format.
    pub min_rate: BTreeMap<String, u128>,
    /// Minimum rate for formats not in `min_rate`.
    pub default_min_rate: u128,
    /// Most channels open at once (as payee).
    pub max_channels: usize,
    /// The bid's expiration must be at least this many seconds away (room to serve and close).
    pub min_expiry_secs: u64,
    /// ... and at most this many (escrow is not locked for too long for nothing).
    pub max_expiry_secs: u64,
    /// Withdraw after every this many newly paid segments (0: only close).
    pub withdraw_every: u64,
    /// Close a channel when its expiration is this close (seconds of chain time).
    pub close_margin_secs: u64,
    /// The note's optional defence: close (cash in) before delivering the last segment.
    pub cash_before_last: bool,
    /// The note's other defence: omit this many per mille of the paid segments, at random.
    pub withhold_per_mille: u16,
    /// Whether and how attention bids are accepted; `None` refuses them.
    pub attention: Option<AttentionPolicy>,
}

impl Default for ServePolicy {
    fn default() -> Self {
        Self {
            min_rate: BTreeMap::new(),
            default_min_rate: 1,
            max_channels: 64,
            min_expiry_secs: 60,
            max_expiry_secs: 7 * 24 * 3600,
            withdraw_every: 4,
            close_margin_secs: 30,
            cash_before_last: false,
            withhold_per_mille: 0,
            attention: None,
        }
    }
}

/// What a player tells the attention exchange: whether it takes an ad now, and how far the
/// person watching has got, so receipts follow what was played rather than what was downloaded.
#[async_trait::async_trait]
pub trait AttentionGate: Send + Sync {
    /// Whether to take an attention bid on `video` now; the reason when not.
    fn accepts(&self, video: B256) -> std::result::Result<(), String>;
    /// Returns once the player has reached segment `index` of the ad on `channel`; an error
    /// (the person closed the player or pressed Stop) ends the exchange.
    async fn reached(&self, channel: B256, index: u64) -> std::result::Result<(), String>;
}

/// An [`AttentionGate`] in a policy (compared by identity).
#[derive(Clone)]
pub struct GateHandle(pub Arc<dyn AttentionGate>);

impl std::fmt::Debug for GateHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("GateHandle(..)")
    }
}

impl PartialEq for GateHandle {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for GateHandle {}

/// How a viewer takes attention bids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttentionPolicy {
    /// Minimum rate offered.
    pub min_rate: u128,
    /// Where the received (decrypted) segments go: `<out>/<channel>/NNNNN.ts`.
    pub out: PathBuf,
    /// Segments requested per request.
    pub batch: u64,
    /// Withdraw after every this many newly paid segments (0: only close).
    pub withdraw_every: u64,
    /// A player deciding when receipts go out (none: as fast as segments arrive).
    pub gate: Option<GateHandle>,
}

/// Which side of a channel this server is on (it is always the payee).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    /// We publish the video; the viewer pays.
    Content,
    /// We watch the advertiser's video; the advertiser pays.
    Attention,
}

/// What the server did, for logs and reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "camelCase")]
pub enum ServeEvent {
    /// A channel was opened (we are the payee).
    #[serde(rename_all = "camelCase")]
    Opened {
        /// Content or attention.
        role: Role,
        /// The channel id.
        channel: B256,
        /// The payer wallet.
        payer: Address,
        /// The format.
        format: String,
        /// The video id.
        video: B256,
        /// The segments the channel pays for.
        segments: u64,
        /// Seconds per segment.
        segment_seconds: u32,
        /// PTI wei per segment.
        price_per_segment: U256,
        /// The transaction.
        tx: B256,
        /// Its gas.
        gas_used: u64,
    },
    /// A bid was refused.
    #[serde(rename_all = "camelCase")]
    Refused {
        /// The bidder's peer.
        peer: String,
        /// Why.
        reason: Rejection,
    },
    /// A payment was accepted (content) or received with segments (attention).
    #[serde(rename_all = "camelCase")]
    Paid {
        /// The channel id.
        channel: B256,
        /// The cumulative balance.
        balance: u64,
        /// Segments delivered (content) or received (attention) in this step.
        segments: Vec<u64>,
    },
    /// A payment was cashed, the channel staying open.
    #[serde(rename_all = "camelCase")]
    Withdrawn {
        /// The channel id.
        channel: B256,
        /// The balance cashed.
        balance: u64,
        /// The transaction.
        tx: B256,
        /// Its gas.
        gas_used: u64,
    },
    /// A channel was closed.
    #[serde(rename_all = "camelCase")]
    Closed {
        /// The channel id.
        channel: B256,
        /// The balance cashed (0 when never paid).
        balance: u64,
        /// Why now.
        reason: String,
        /// The transaction.
        tx: B256,
        /// Its gas.
        gas_used: u64,
    },
    /// An attention exchange ended.
    #[serde(rename_all = "camelCase")]
    AttentionDone {
        /// The channel id.
        channel: B256,
        /// Segments received and checked.
        segments: u64,
        /// The error that ended it early, if any.
        error: Option<String>,
    },
}

/// What a server did over its life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServeReport {
    /// Our PeerId.
    pub peer_id: String,
    /// Every event, in order.
    pub events: Vec<ServeEvent>,
}

struct ChannelState {
    id: B256,
    role: Role,
    channel: Channel,
    payer: Address,
    payer_key: Address,
    cid: String,
    format: String,
    total: u64,
    tracker: BalanceTracker,
    /// The segments paid for (and delivered, or withheld); as many as the balance.
    delivered: SegmentSet,
    /// The latest payment: its balance and the payer wallet's signature.
    latest: Option<(u64, Sig)>,
    /// The header of the last paying request and our answer, to answer a resent request alike.
    last_request: Option<Vec<u8>>,
    last_frame: Option<Frame>,
    withdrawn_balance: u64,
    closed: bool,
    close_tx: Option<B256>,
}

struct Shared {
    chain: Client,
    wallet: Address,
    comm: PrivateKeySigner,
    domain: Eip712Domain,
    catalog: Arc<dyn Catalog>,
    codec: Arc<dyn ContentCodec>,
    policy: ServePolicy,
    net: network::Client,
    channels: Mutex<HashMap<B256, Arc<Mutex<ChannelState>>>>,
    events: broadcast::Sender<ServeEvent>,
    log: std::sync::Mutex<Vec<ServeEvent>>,
}

/// A running server; [`Server::shutdown`] closes its channels.
pub struct Server {
    shared: Arc<Shared>,
    addrs: Vec<Multiaddr>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("peer_id", &self.peer_id())
            .field("addrs", &self.addrs)
            .finish_non_exhaustive()
    }
}

impl Server {
    /// Starts listening and answering.
    pub async fn start(
        config: PeerConfig,
        catalog: Arc<dyn Catalog>,
        codec: Arc<dyn ContentCodec>,
        policy: ServePolicy,
    ) -> Result<Self> {
        let wallet = config
            .chain
            .wallet_address()
            .ok_or(paratii_chain::ChainError::NoWallet)?;
        let (net, inbound) = network::spawn(keypair(&config.comm)?, &config.net)?;
        let mut addrs = Vec::new();
        for addr in &config.listen {
            addrs.push(net.listen(addr.clone()).await?);
        }
        let (events, _) = broadcast::channel(1024);
        let shared = Arc::new(Shared {
            domain: config.chain.payment_channel_domain(),
            chain: config.chain,
            wallet,
            comm: config.comm,
            catalog,
            codec,
            policy,
            net,
            channels: Mutex::new(HashMap::new()),
            events,
            log: std::sync::Mutex::new(Vec::new()),
        });
        let tasks = vec![
            tokio::spawn(dispatch(shared.clone(), inbound)),
            tokio::spawn(watch_expirations(shared.clone())),
        ];
        Ok(Self {
            shared,
            addrs,
            tasks,
        })
    }

    /// Our PeerId.
    pub fn peer_id(&self) -> PeerId {
        self.shared.net.peer_id()
    }

    /// The addresses we listen on, each ending in `/p2p/<PeerId>`.
    pub fn addrs(&self) -> &[Multiaddr] {
        &self.addrs
    }

    /// The network handle (fault tests use it to drop connections).
    pub fn network(&self) -> &network::Client {
        &self.shared.net
    }

    /// Publishes our addresses in the wallet's profile (only when they changed).
    pub async fn publish_addrs(&self) -> Result<Option<paratii_chain::TxInfo>> {
        crate::discovery::publish_addrs(&self.shared.chain, &self.addrs).await
    }

    /// Events as they happen.
    pub fn subscribe(&self) -> broadcast::Receiver<ServeEvent> {
        self.shared.events.subscribe()
    }

    /// Every event so far.
    pub fn events(&self) -> Vec<ServeEvent> {
        self.shared
            .log
            .lock()
            .map(|l| l.clone())
            .unwrap_or_default()
    }

    /// Stops answering, closes every channel still open, and reports.
    pub async fn shutdown(self) -> Result<ServeReport> {
        for task in &self.tasks {
            task.abort();
        }
        let channels: Vec<_> = self
            .shared
            .channels
            .lock()
            .await
            .values()
            .cloned()
            .collect();
        let mut first_error = None;
        for ch in channels {
            let mut ch = ch.lock().await;
            if let Err(e) = self.shared.close(&mut ch, "shutdown").await {
                first_error.get_or_insert(e);
            }
        }
        if let Some(e) = first_error {
            return Err(e);
        }
        Ok(ServeReport {
            peer_id: self.peer_id().to_string(),
            events: self.events(),
        })
    }
}

async fn dispatch(shared: Arc<Shared>, mut inbound: tokio::sync::mpsc::Receiver<InboundRequest>) {
    while let Some(req) = inbound.recv().await {
        let shared = shared.clone();
        tokio::spawn(async move {
            let frame = match req.protocol {
                Protocol::Listing => serve_listing(shared.catalog.as_ref(), &req.frame),
                Protocol::Bid => shared.on_bid(req.peer, &req.frame).await,
                Protocol::Pay => shared
                    .on_pay(&req.frame)
                    .await
                    .unwrap_or_else(|r| r.to_frame()),
                Protocol::Keys => shared
                    .on_keys(&req.frame)
                    .await
                    .unwrap_or_else(|r| r.to_frame()),
                Protocol::Close => shared
                    .on_close_request(req.peer, &req.frame)
                    .await
                    .unwrap_or_else(|r| r.to_frame()),
                Protocol::Attention => {
                    Rejection::new(RejectCode::NoAttention, "this peer does not advertise")
                        .to_frame()
                }
            };
            let _ = shared.net.respond(req.protocol, req.channel, frame).await;
        });
    }
}

/// Answers a listing request from a catalog.
pub fn serve_listing(catalog: &dyn Catalog, frame: &Frame) -> Frame {
    let req = match ListingRequest::from_frame(frame) {
        Ok(r) => r,
        Err(e) => return Rejection::new(RejectCode::Malformed, e).to_frame(),
    };
    match catalog.listing(&req.hash, &req.format) {
        Ok(l) => listing_frame(l.directory, l.toc),
        Err(e) => Rejection::new(RejectCode::UnknownVideo, e).to_frame(),
    }
}

async fn watch_expirations(shared: Arc<Shared>) {
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    loop {
        tick.tick().await;
        let Ok(now) = shared.chain.block_timestamp().await else {
            continue;
        };
        let channels: Vec<_> = shared.channels.lock().await.values().cloned().collect();
        for ch in channels {
            let mut ch = ch.lock().await;
            if !ch.closed && now + shared.policy.close_margin_secs >= ch.channel.expiration {
                let _ = shared.close(&mut ch, "expiration near").await;
            }
        }
    }
}

fn reject(code: RejectCode) -> impl FnOnce(NetError) -> Rejection {
    move |e| Rejection::new(code, e)
}

impl Shared {
    fn emit(&self, event: ServeEvent) {
        if let Ok(mut log) = self.log.lock() {
            log.push(event.clone());
        }
        let _ = self.events.send(event);
    }

    async fn on_bid(self: &Arc<Self>, peer: PeerId, frame: &Frame) -> Frame {
        match self.bid(peer, frame).await {
            Ok(accepted) => accepted.to_frame(),
            Err(reason) => {
                self.emit(ServeEvent::Refused {
                    peer: peer.to_string(),
                    reason: reason.clone(),
                });
                reason.to_frame()
            }
        }
    }

    async fn bid(self: &Arc<Self>, peer: PeerId, frame: &Frame) -> Result<BidAccepted, Rejection> {
        let msg = BidMessage::decode(&frame.header)
            .map_err(|e| Rejection::new(RejectCode::Malformed, e))?;
        let verified = msg
            .verify(&self.domain)
            .map_err(|e| Rejection::new(RejectCode::BadSignature, e))?;
        verified
            .check_counterparty(self.comm.address())
            .map_err(|e| Rejection::new(RejectCode::WrongCounterparty, e))?;
        // The conversation is bound to the key that signed the bid: the noise-authenticated peer
        // must be the bidder key.
        if address_of_peer(&peer) != Some(verified.terms.bidder_key) {
            return Err(Rejection::new(
                RejectCode::BadSignature,
                format!(
                    "peer {peer} is not the bidder key {}",
                    verified.terms.bidder_key
                ),
            ));
        }
        let video = self
            .chain
            .video(verified.terms.video())
            .await
            .map_err(|e| {
                // An RPC outage is our problem, not an unknown video.
                let code = if e.is_unreachable() {
                    RejectCode::Internal
                } else {
                    RejectCode::UnknownVideo
                };
                Rejection::new(code, e)
            })?;
        let role = if video.owner_key == self.comm.address() {
            Role::Content
        } else {
            Role::Attention
        };
        let t = &verified.terms;
        let min_rate = match role {
            Role::Content => self
                .policy
                .min_rate
                .get(&t.format)
                .copied()
                .unwrap_or(self.policy.default_min_rate),
            Role::Attention => match &self.policy.attention {
                Some(a) => {
                    if let Some(gate) = &a.gate {
                        gate.0
                            .accepts(t.video())
                            .map_err(|why| Rejection::new(RejectCode::NoAttention, why))?;
                    }
                    a.min_rate
                }
                None => {
                    return Err(Rejection::new(
                        RejectCode::NoAttention,
                        format!("we do not own video {} and take no attention bids", t.cid),
                    ));
                }
            },
        };
        if t.rate < min_rate {
            return Err(Rejection::new(
                RejectCode::RateTooLow,
                format!("rate {} < minimum {min_rate} for {}", t.rate, t.format),
            ));
        }
        let open = self
            .channels
            .lock()
            .await
            .values()
            .filter(|c| c.try_lock().map(|c| !c.closed).unwrap_or(true))
            .count();
        if open >= self.policy.max_channels {
            return Err(Rejection::new(
                RejectCode::TooManyChannels,
                format!("{open} channels open, at most {}", self.policy.max_channels),
            ));
        }
        let now = self
            .chain
            .block_timestamp()
            .await
            .map_err(|e| Rejection::new(RejectCode::Internal, e))?;
        let left = t.expiration.saturating_sub(now);
        if left < self.policy.min_expiry_secs || left > self.policy.max_expiry_secs {
            return Err(Rejection::new(
                RejectCode::ExpiryOutOfWindow,
                format!(
                    "expiration {} is {left} s away, accepted {}..={} s",
                    t.expiration, self.policy.min_expiry_secs, self.policy.max_expiry_secs
                ),
            ));
        }
        let state = self
            .chain
            .chain_state_for(&verified)
            .await
            .map_err(|e| Rejection::new(RejectCode::Internal, e))?;
        let terms = verified
            .check(&state, self.wallet)
            .map_err(|e| Rejection::new(RejectCode::ChainCheck, e))?;
        let total = terms.max_segments();
        if role == Role::Content {
            let listing = self
                .catalog
                .listing(&t.cid, &t.format)
                .map_err(reject(RejectCode::UnknownVideo))?;
            let toc: Vec<String> = serde_json::from_slice(&listing.toc)
                .map_err(|e| Rejection::new(RejectCode::Internal, e))?;
            if toc.len() as u64 != total {
                return Err(Rejection::new(
                    RejectCode::Internal,
                    format!(
                        "our table of contents has {} segments, the registered video {total}",
                        toc.len()
                    ),
                ));
            }
        }
        let opened = self
            .chain
            .open(&msg)
            .await
            .map_err(|e| Rejection::new(RejectCode::OpenFailed, e))?;
        let state = Arc::new(Mutex::new(ChannelState {
            id: opened.id,
            role,
            channel: opened.channel.clone(),
            payer: verified.payer(),
            payer_key: t.bidder_key,
            cid: t.cid.clone(),
            format: t.format.clone(),
            total,
            tracker: BalanceTracker::new(opened.id, &terms),
            delivered: SegmentSet::new(total),
            latest: None,
            last_request: None,
            last_frame: None,
            withdrawn_balance: 0,
            closed: false,
            close_tx: None,
        }));
        self.channels.lock().await.insert(opened.id, state.clone());
        self.emit(ServeEvent::Opened {
            role,
            channel: opened.id,
            payer: verified.payer(),
            format: t.format.clone(),
            video: t.video(),
            segments: total,
            segment_seconds: video.segment_length,
            price_per_segment: opened.channel.pricePerSegment,
            tx: opened.tx.hash,
            gas_used: opened.tx.gas_used,
        });
        if role == Role::Attention {
            tokio::spawn(run_attention(self.clone(), peer, verified.clone(), state));
        }
        Ok(BidAccepted {
            channel: opened.id,
            tx: opened.tx.hash,
        })
    }
}

/// Bytes of a segment as delivered (for tests of corrupted deliveries).
pub fn delivered_bytes(key: [u8; 16], ciphertext: &[u8]) -> Bytes {
    seal(&crate::catalog::Sealed {
        key,
        ciphertext: Bytes::copy_from_slice(ciphertext),
    })
}

/// PTI wei a balance is worth on a channel.
pub fn value_of(channel: &Channel, balance: u64) -> U256 {
    (U256::from(balance) * channel.pricePerSegment).min(channel.escrow)
}
