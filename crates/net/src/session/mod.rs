//! The viewer in delivery mode `keys`: every ciphertext comes from IPFS and is checked against the
//! public table of contents before anything is paid for it; the publisher sells only the AES keys.
//!
//! A [`KeySession`] is what both `watch --delivery keys` and the player drive: [`KeySession::prepare`]
//! checks everything that can be checked without spending (the video, the listing on IPFS, the
//! deposit, that the publisher answers), [`KeySession::open`] bids, [`KeySession::key`] buys keys
//! as the player asks for them, and [`KeySession::end`] has the publisher close the channel so the
//! rest of the escrow is free at once.
//!
//! The bound on what the viewer can lose: key requests go one at a time, each buys at most
//! `lookahead` keys, and a request whose answer was lost is sent again, byte for byte, before any
//! new one. So at any moment at most `lookahead` segments are paid for and not received, whatever
//! the publisher does; a key that does not decrypt its (verified) ciphertext ends the session.
//!
//! A publisher may run several servers, each with its own node key (PROTOCOL R24). The session
//! bids at the first that answers; when that one stops answering for longer than the patience,
//! it bids again at another for the keys still wanted. The channel left behind stays open until
//! its server comes back and closes it, or the payer exits it ([`Progress::abandoned`]); on it the
//! viewer lost at most what it had paid ahead.

mod buying;
mod ipfs;
mod persist;
mod servers;
mod types;

pub use ipfs::listing_from_ipfs;
pub(crate) use servers::{BidAsk, bid_at, offline};
pub use types::{Abandoned, Closed, OpenChannel, Progress, SessionRequest, VideoInfo};

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};

use alloy::primitives::U256;
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::Eip712Domain;
use bytes::Bytes;
use paratii_chain::Client;
use paratii_ipfs::Ipfs;
use paratii_protocol::SigningKey;
use tokio::sync::watch;

use crate::catalog::{ContentCodec, KEY_LEN, verify_listing};
use crate::discovery::{PeerInfo, publisher_peers, worth_another_server};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::{self, Protocol};
use crate::peer::{PeerConfig, fast_signer, keypair};
use crate::resume::StateFile;
use crate::wire::{ChannelClosed, CloseRequest, ListingRequest};

/// Ciphertexts kept in memory (the player re-reads a segment when it seeks back).
const CIPHERTEXT_CACHE: usize = 8;

#[derive(Default)]
struct State {
    /// The channel of the current server, once open.
    open: Option<OpenChannel>,
    /// Which of `Inner::publishers` the session deals with.
    publisher: usize,
    abandoned: Vec<Abandoned>,
    keys: BTreeMap<u64, [u8; KEY_LEN]>,
    /// Cumulative segments paid on the current channel.
    balance: u64,
    /// A request whose answer never came: it is sent again, as is, before any other.
    pending: Option<(u64, Vec<u64>, Frame)>,
    requests: u64,
    closed: Option<Closed>,
    failed: Option<String>,
    ended: bool,
    ciphertexts: VecDeque<(u64, Bytes)>,
}

/// A keys-mode viewing session; cheap to clone.
#[derive(Clone)]
pub struct KeySession {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for KeySession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeySession")
            .field("video", &self.inner.video.id)
            .field("format", &self.inner.video.format)
            .finish_non_exhaustive()
    }
}

struct Inner {
    chain: Client,
    comm: PrivateKeySigner,
    /// The wallet and the communication key on libsecp256k1: every key request is signed by both.
    wallet_key: Option<SigningKey>,
    comm_key: SigningKey,
    domain: Eip712Domain,
    codec: Arc<dyn ContentCodec>,
    ipfs: Arc<dyn Ipfs>,
    net: network::Client,
    /// The publisher's servers, the one that answered first at the front.
    publishers: Vec<PeerInfo>,
    video: VideoInfo,
    toc: Vec<String>,
    request: SessionRequest,
    /// One bid at a time.
    opening: tokio::sync::Mutex<()>,
    state: Mutex<State>,
    state_file: Option<StateFile>,
    /// One key request at a time: the lookahead bound holds across concurrent callers.
    buying: tokio::sync::Mutex<()>,
    changed: watch::Sender<u64>,
}

impl KeySession {
    /// Checks, spending nothing, that the session can work: the video is registered, listed and
    /// has the format; its directory and table of contents come from `ipfs` and match the
    /// registered CID; the deposit covers `rate × duration`; the publisher answers.
    pub async fn prepare(
        config: PeerConfig,
        codec: Arc<dyn ContentCodec>,
        ipfs: Arc<dyn Ipfs>,
        request: SessionRequest,
    ) -> Result<Self> {
        let chain = config.chain.clone();
        let wallet = chain
            .wallet_address()
            .ok_or(paratii_chain::ChainError::NoWallet)?;
        let record = chain.video(request.video).await.map_err(|e| {
            if e.is_unreachable() {
                NetError::from(e)
            } else {
                NetError::UnknownVideo(request.video)
            }
        })?;
        if !record.listed {
            return Err(NetError::Unlisted(request.video));
        }
        if !record.formats.contains(&request.format) {
            return Err(NetError::UnknownFormat {
                video: request.video,
                format: request.format.clone(),
                available: record.formats.clone(),
            });
        }
        let listing = listing_from_ipfs(ipfs.as_ref(), &record.cid, &request.format).await?;
        let toc = verify_listing(codec.as_ref(), &record.cid, &request.format, &listing)?;
        let segments = u64::from(record.duration).div_ceil(u64::from(record.segment_length.max(1)));
        if toc.len() as u64 != segments {
            return Err(NetError::Malformed {
                what: "table of contents",
                reason: format!(
                    "{} segments, the registered video has {segments}",
                    toc.len()
                ),
            });
        }
        let required = U256::from(request.rate) * U256::from(record.duration);
        let available = chain.deposited(wallet).await?;
        if available < required {
            return Err(NetError::InsufficientDeposit {
                available,
                required,
            });
        }
        let mut publishers = publisher_peers(&chain, &record, request.peer.clone()).await?;
        let (net, _inbound) = network::spawn(keypair(&config.comm)?, &config.net)?;
        // The listing request doubles as a check that a server is there before anything is
        // signed, and shows it sells this format; the first that answers goes to the front.
        let mut first_failure = None;
        let mut answering = None;
        for (n, publisher) in publishers.iter().enumerate() {
            let listed = net
                .request(
                    publisher.peer_id,
                    publisher.addrs.clone(),
                    Protocol::Listing,
                    ListingRequest {
                        hash: record.cid.clone(),
                        format: request.format.clone(),
                    }
                    .to_frame(),
                )
                .await
                .map_err(|e| offline(publisher, e))
                .and_then(|answer| crate::wire::parse_listing(&answer).map(drop));
            match listed {
                Ok(()) => {
                    answering = Some(n);
                    break;
                }
                Err(e) if worth_another_server(&e) => {
                    first_failure.get_or_insert(e);
                }
                Err(e) => return Err(e),
            }
        }
        match (answering, first_failure) {
            (Some(n), _) => publishers.rotate_left(n),
            (None, Some(e)) => return Err(e),
            (None, None) => return Err(NetError::NoActiveKey(record.publisher)),
        }
        let video = VideoInfo {
            id: record.id,
            cid: record.cid.clone(),
            title: record.title.clone(),
            format: request.format.clone(),
            segments,
            segment_seconds: record.segment_length,
            duration: record.duration,
            publisher: record.publisher,
            owner_key: record.owner_key,
        };
        let (changed, _) = watch::channel(0);
        let state_file = request
            .state
            .as_ref()
            .map(|dir| StateFile::new(dir, video.id, &video.format));
        let wallet_key = chain
            .wallet()
            .map(|w| fast_signer(w, "wallet key"))
            .transpose()?;
        let comm_key = fast_signer(&config.comm, "communication key")?;
        Ok(Self {
            inner: Arc::new(Inner {
                wallet_key,
                comm_key,
                state_file,
                domain: chain.payment_channel_domain(),
                chain,
                comm: config.comm,
                codec,
                ipfs,
                net,
                publishers,
                video,
                toc,
                request,
                opening: tokio::sync::Mutex::new(()),
                state: Mutex::new(State::default()),
                buying: tokio::sync::Mutex::new(()),
                changed,
            }),
        })
    }

    /// The video.
    pub fn video(&self) -> &VideoInfo {
        &self.inner.video
    }

    /// The rate offered, PTI wei per second.
    pub fn rate(&self) -> u128 {
        self.inner.request.rate
    }

    /// The publisher's server the session deals with now, as resolved from the chain.
    pub fn publisher(&self) -> PeerInfo {
        self.inner.publishers[self.state().publisher].clone()
    }

    /// The segment CIDs of the format, in order.
    pub fn table_of_contents(&self) -> &[String] {
        &self.inner.toc
    }

    /// The viewer's network handle (its traffic counters show what crossed the publisher's link).
    pub fn network(&self) -> &network::Client {
        &self.inner.net
    }

    /// A receiver that changes whenever the progress does.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.inner.changed.subscribe()
    }

    /// Bids and waits for the publisher to open the channel (once; later calls return it). A
    /// channel saved by an earlier run that is still open on chain is resumed instead.
    pub async fn open(&self) -> Result<OpenChannel> {
        let _one_bid = self.inner.opening.lock().await;
        if let Some(open) = self.state().open.clone() {
            return Ok(open);
        }
        let resumed = if self.state().abandoned.is_empty() {
            self.resume().await?
        } else {
            None
        };
        let open = match resumed {
            Some(open) => open,
            None => self.bid().await?,
        };
        self.state().open = Some(open.clone());
        self.save_with(&open)?;
        self.notify();
        Ok(open)
    }
    /// The key of segment `index`: bought if not held (after its ciphertext is checked), and the
    /// next `lookahead` keys bought behind it in the background.
    pub async fn key(&self, index: u64) -> Result<[u8; KEY_LEN]> {
        self.buy(&[index]).await?;
        let key = self
            .state()
            .keys
            .get(&index)
            .copied()
            .ok_or(NetError::SessionEnded)?;
        let ahead: Vec<u64> = (index + 1..self.inner.video.segments)
            .take(usize::try_from(self.inner.request.lookahead).unwrap_or(1))
            .collect();
        if !ahead.is_empty() {
            let session = self.clone();
            tokio::spawn(async move {
                // A failed prefetch is not the player's failure: the key is bought again when
                // the player asks for it, and a fatal error is recorded by `buy`.
                let _ = session.buy(&ahead).await;
            });
        }
        Ok(key)
    }

    /// The key of `index` if it was bought already.
    pub fn key_held(&self, index: u64) -> Option<[u8; KEY_LEN]> {
        self.state().keys.get(&index).copied()
    }
    /// Tells the publisher we are done; it closes the channel at once with the latest payment and
    /// the rest of the escrow is free again. `None` when no channel was ever opened.
    pub async fn end(&self) -> Result<Option<Closed>> {
        let _no_more_buying = self.inner.buying.lock().await;
        self.state().ended = true;
        self.notify();
        let Some(open) = self.state().open.clone() else {
            return Ok(None);
        };
        if let Some(closed) = self.state().closed.clone() {
            return Ok(Some(closed));
        }
        let i = &self.inner;
        let publisher = self.publisher();
        let answer = i
            .net
            .request(
                publisher.peer_id,
                publisher.addrs.clone(),
                Protocol::Close,
                CloseRequest { channel: open.id }.to_frame(),
            )
            .await
            .map_err(|e| offline(&publisher, e))?;
        let answer = ChannelClosed::from_frame(&answer)?;
        if !i.chain.channel_hash(open.id).await?.is_zero() {
            return Err(NetError::ChannelStillOpen(open.id));
        }
        let spent = crate::server::value_of(&open.channel, answer.balance);
        let closed = Closed {
            tx: answer.tx,
            balance: answer.balance,
            spent,
            refunded: open.channel.escrow.saturating_sub(spent),
        };
        self.state().closed = Some(closed.clone());
        if let Some(file) = &i.state_file {
            file.remove()?;
        }
        self.notify();
        Ok(Some(closed))
    }

    /// Where the session stands.
    pub fn progress(&self) -> Progress {
        let state = self.state();
        let open = state.open.as_ref();
        let earlier = |f: fn(&Abandoned) -> U256| state.abandoned.iter().map(f).sum::<U256>();
        Progress {
            channel: open.map(|o| o.id),
            open_tx: open.map(|o| o.open_tx),
            balance: state.balance + state.abandoned.iter().map(|a| a.balance).sum::<u64>(),
            keys: state.keys.keys().copied().collect(),
            spent: earlier(|a| a.spent)
                + open.map_or(U256::ZERO, |o| {
                    crate::server::value_of(&o.channel, state.balance)
                }),
            escrow: earlier(|a| a.escrow) + open.map_or(U256::ZERO, |o| o.channel.escrow),
            abandoned: state.abandoned.clone(),
            requests: state.requests,
            closed: state.closed.clone(),
            failed: state.failed.clone(),
        }
    }

    fn check_live(&self) -> Result<()> {
        let state = self.state();
        match (&state.failed, state.ended) {
            (Some(why), _) => Err(NetError::SessionFailed(why.clone())),
            (None, true) => Err(NetError::SessionEnded),
            (None, false) => Ok(()),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding this lock cannot leave the state half-written (every update is
        // a plain assignment), so a poisoned lock is still usable.
        self.inner
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn notify(&self) {
        self.inner.changed.send_modify(|n| *n += 1);
    }
}
