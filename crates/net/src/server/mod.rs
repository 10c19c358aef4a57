//! `serve`: a payee. As a publisher it answers content bids and sells segments or keys; as a
//! viewer taking ads it opens attention channels and cashes the advertisers' payments.
//!
//! - [`admission`]: which bids are taken (pure functions, tested without a chain); `bid`: a bid
//!   admitted, opened on chain and served;
//! - [`content`]: the content payee (payments, key requests, close requests);
//! - [`cashier`]: withdrawals and closes, per channel and off the payment path;
//! - [`store`]: every accepted payment on disk before it is answered; `resume`: a restart picks
//!   up the channels still open on chain;
//! - [`policy`], [`events`]: what the server takes, what it did.
//!
//! The viewer's side of an attention channel (asking the advertiser for segments) is client code:
//! [`crate::attention`].

pub mod admission;
mod bid;
pub mod cashier;
pub(crate) mod channel;
mod content;
mod dispatch;
pub mod events;
pub mod policy;
mod resume;
pub mod store;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::{Address, B256, U256};
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::Eip712Domain;
use bytes::Bytes;
use libp2p::{Multiaddr, PeerId};
use paratii_chain::Channel;
use paratii_protocol::SigningKey;
use tokio::sync::{Mutex, broadcast};

use crate::catalog::{Catalog, ContentCodec};
use crate::chain::Chain;
use crate::error::Result;
use crate::frame::Frame;
use crate::network::{self, NetConfig};
use crate::peer::{PeerConfig, fast_signer, keypair};
use crate::wire::{ListingRequest, RejectCode, Rejection, listing_frame};
use channel::ChannelEntry;
pub use events::{ChannelSummary, EVENT_LOG_LEN, Role, ServeEvent, ServeReport};
pub use policy::{AttentionGate, AttentionPolicy, GateHandle, ServePolicy};
use store::ChannelStore;

/// How a server runs.
#[derive(Clone)]
pub struct ServerConfig {
    /// The chain, acting as payee (a wallet, or a node key for one).
    pub chain: Arc<dyn Chain>,
    /// Our communication key: the libp2p identity, the signer of deliveries.
    pub comm: PrivateKeySigner,
    /// Where to listen.
    pub listen: Vec<Multiaddr>,
    /// Network settings.
    pub net: NetConfig,
    /// The channel store (a redb file); none keeps channels in memory only.
    pub store: Option<PathBuf>,
    /// The wallet's own client, to publish our addresses in its profile (a server acting through
    /// a node key may have none: the wallet then publishes them itself).
    pub wallet: Option<paratii_chain::Client>,
}

impl std::fmt::Debug for ServerConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerConfig")
            .field("comm", &self.comm.address())
            .field("listen", &self.listen)
            .field("store", &self.store)
            .finish_non_exhaustive()
    }
}

impl From<PeerConfig> for ServerConfig {
    fn from(c: PeerConfig) -> Self {
        Self {
            chain: Arc::new(c.chain.clone()),
            comm: c.comm,
            listen: c.listen,
            net: c.net,
            store: None,
            wallet: Some(c.chain),
        }
    }
}

pub(crate) struct Shared {
    pub(crate) chain: Arc<dyn Chain>,
    pub(crate) payee: Address,
    pub(crate) comm: PrivateKeySigner,
    /// The same key on libsecp256k1: deliveries are signed on the hot path.
    pub(crate) signer: SigningKey,
    pub(crate) domain: Eip712Domain,
    pub(crate) catalog: Arc<dyn Catalog>,
    pub(crate) codec: Arc<dyn ContentCodec>,
    pub(crate) policy: ServePolicy,
    pub(crate) net: network::Client,
    pub(crate) store: Option<ChannelStore>,
    wallet: Option<paratii_chain::Client>,
    channels: Mutex<HashMap<B256, Arc<ChannelEntry>>>,
    /// Parsed tables of contents by (directory CID, format), for the hashes a bytes-mode
    /// delivery signs; a directory CID names immutable content, so they never go stale.
    tocs: std::sync::Mutex<HashMap<(String, String), Toc>>,
    events: broadcast::Sender<ServeEvent>,
    log: std::sync::Mutex<events::EventLog>,
}

/// A parsed table of contents: the segments' CIDs in order.
pub(crate) type Toc = Arc<Vec<String>>;

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
    /// Starts listening and answering. With a store, the channels it holds that are still open
    /// on chain are served again (their latest payments cashed when due).
    pub async fn start(
        config: impl Into<ServerConfig>,
        catalog: Arc<dyn Catalog>,
        codec: Arc<dyn ContentCodec>,
        policy: ServePolicy,
    ) -> Result<Self> {
        let config = config.into();
        let payee = config
            .chain
            .payee()
            .ok_or(paratii_chain::ChainError::NoWallet)?;
        let store = config.store.as_ref().map(ChannelStore::open).transpose()?;
        let (net, inbound) = network::spawn(keypair(&config.comm)?, &config.net)?;
        let mut addrs = Vec::new();
        for addr in &config.listen {
            addrs.push(net.listen(addr.clone()).await?);
        }
        let (events, _) = broadcast::channel(1024);
        let signer = fast_signer(&config.comm, "communication key")?;
        let shared = Arc::new(Shared {
            signer,
            domain: config.chain.payment_channel_domain(),
            chain: config.chain,
            payee,
            comm: config.comm,
            catalog,
            codec,
            policy,
            net,
            store,
            wallet: config.wallet,
            channels: Mutex::new(HashMap::new()),
            tocs: std::sync::Mutex::new(HashMap::new()),
            events,
            log: std::sync::Mutex::new(events::EventLog::default()),
        });
        let mut tasks = shared.clone().resume().await?;
        tasks.extend(dispatch::spawn(&shared, inbound, &config.net)?);
        tasks.push(tokio::spawn(watch_expirations(shared.clone())));
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

    /// Events as they happen.
    pub fn subscribe(&self) -> broadcast::Receiver<ServeEvent> {
        self.shared.events.subscribe()
    }

    /// The latest events (at most [`EVENT_LOG_LEN`]).
    pub fn events(&self) -> Vec<ServeEvent> {
        self.shared
            .log
            .lock()
            .map(|l| l.to_vec())
            .unwrap_or_default()
    }

    /// Every channel, as the store has it.
    pub async fn channels(&self) -> Vec<ChannelSummary> {
        self.shared.summaries().await
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
        for entry in channels {
            if let Err(e) = self.shared.close(&entry, "shutdown").await {
                first_error.get_or_insert(e);
            }
        }
        if let Some(e) = first_error {
            return Err(e);
        }
        Ok(ServeReport {
            peer_id: self.peer_id().to_string(),
            events: self.events(),
            channels: self.shared.summaries().await,
        })
    }
}

impl Server {
    /// Publishes our addresses in the wallet's profile (only when they changed), with the
    /// wallet's client of the configuration.
    pub async fn publish_addrs(&self) -> Result<Option<paratii_chain::TxInfo>> {
        let wallet = self
            .shared
            .wallet
            .as_ref()
            .ok_or(paratii_chain::ChainError::NoWallet)?;
        crate::discovery::publish_addrs(wallet, &self.addrs).await
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

/// Closes every channel whose expiration is within the close margin (chain time), and every
/// channel whose payer started an exit (R19): the latest payment is cashed at once, well inside
/// the exit window, instead of racing the new expiration.
async fn watch_expirations(shared: Arc<Shared>) {
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    let mut next_block = shared.chain.block_number().await.unwrap_or(0);
    loop {
        tick.tick().await;
        if let Ok((exits, latest)) = shared.chain.exits_since(next_block).await {
            next_block = latest + 1;
            for (id, _) in exits {
                let Some(entry) = shared.entry(id).await else {
                    continue;
                };
                if entry.is_closed() {
                    continue;
                }
                // The struct passed back must carry the new expiration: the chain's record.
                if shared.adopt_chain_state(&entry).await.is_ok() {
                    let _ = shared.close(&entry, "payer exit").await;
                }
            }
        }
        let Ok(now) = shared.chain.block_timestamp().await else {
            continue;
        };
        let open: Vec<_> = shared
            .channels
            .lock()
            .await
            .values()
            .filter(|e| !e.is_closed())
            .cloned()
            .collect();
        for entry in open {
            // The channel's expiration, not the bid's: an exit seen at resume moved it.
            if now + shared.policy.close_margin_secs >= entry.expiration() {
                let _ = shared.close(&entry, "expiration near").await;
            }
        }
    }
}

impl Shared {
    pub(crate) fn emit(&self, event: ServeEvent) {
        if let Ok(mut log) = self.log.lock() {
            log.push(event.clone());
        }
        let _ = self.events.send(event);
    }

    pub(crate) const fn store(&self) -> Option<&ChannelStore> {
        self.store.as_ref()
    }

    pub(crate) async fn entry(&self, id: B256) -> Option<Arc<ChannelEntry>> {
        self.channels.lock().await.get(&id).cloned()
    }

    async fn open_channels(&self) -> usize {
        self.channels
            .lock()
            .await
            .values()
            .filter(|e| !e.is_closed())
            .count()
    }

    async fn summaries(&self) -> Vec<ChannelSummary> {
        let mut out: Vec<ChannelSummary> = self
            .channels
            .lock()
            .await
            .values()
            .map(|e| {
                let r = e.record();
                ChannelSummary {
                    channel: e.id,
                    role: e.role,
                    payer: e.payer,
                    format: e.format.clone(),
                    paid_segments: r.balance,
                    cashed_segments: r.cashed,
                    price_per_segment: e.price,
                    cashed_wei: (U256::from(r.cashed) * e.price).min(e.escrow),
                    closed: r.closed,
                    txs: e.txs(),
                }
            })
            .collect();
        out.sort_by_key(|c| c.channel);
        out
    }
}

/// Bytes of a segment as delivered (for tests of corrupted deliveries).
pub fn delivered_bytes(key: [u8; 16], ciphertext: &[u8]) -> Bytes {
    crate::catalog::Sealed::new(key, ciphertext).delivered()
}

/// PTI wei a balance is worth on a channel.
pub fn value_of(channel: &Channel, balance: u64) -> U256 {
    (U256::from(balance) * channel.pricePerSegment).min(channel.escrow)
}
