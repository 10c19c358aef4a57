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

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};

use alloy::primitives::{Address, B256, U256};
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::Eip712Domain;
use bytes::Bytes;
use libp2p::Multiaddr;
use paratii_chain::{Channel, Client};
use paratii_ipfs::{Cid, Ipfs};
use paratii_protocol::{BidTerms, KeyRequestMessage};
use serde::Serialize;
use tokio::sync::watch;

use crate::catalog::{
    ContentCodec, KEY_LEN, Listing, check_ciphertext, key_of_blob, verify_listing,
};
use crate::discovery::{PeerInfo, publisher_peers, worth_another_server};
use crate::error::{NetError, Result};
use crate::frame::Frame;
use crate::network::{self, Protocol};
use crate::peer::{PeerConfig, keypair};
use crate::resume::{Pending, StateFile, ViewerState};
use crate::wire::{BidAccepted, ChannelClosed, CloseRequest, ListingRequest, parse_delivery};

/// Ciphertexts kept in memory (the player re-reads a segment when it seeks back).
const CIPHERTEXT_CACHE: usize = 8;

/// What to watch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRequest {
    /// The video id.
    pub video: B256,
    /// The format.
    pub format: String,
    /// The rate offered, PTI wei per second of video.
    pub rate: u128,
    /// The bid expires this many seconds (chain time) after it is made.
    pub expiry_secs: u64,
    /// Keys bought ahead of the one asked for (0: none); also the most one request buys
    /// (at least 1, the key asked for).
    pub lookahead: u64,
    /// Dial these addresses instead of the publisher's profile.
    pub peer: Vec<Multiaddr>,
    /// Where the viewer keeps its channel between runs (a directory): a restarted session
    /// resumes the open channel instead of bidding again. `None`: memory only.
    pub state: Option<std::path::PathBuf>,
    /// How long a publisher that stopped answering is dialed again before the session gives up.
    pub patience: std::time::Duration,
}

impl SessionRequest {
    /// The usual patience with a publisher that restarts.
    pub const PATIENCE: std::time::Duration = std::time::Duration::from_secs(30);
}

/// The video, as registered and as listed on IPFS.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoInfo {
    /// The video id.
    pub id: B256,
    /// The directory CID.
    pub cid: String,
    /// The title (as registered; print it escaped).
    pub title: String,
    /// The format watched.
    pub format: String,
    /// Segments of the format.
    pub segments: u64,
    /// Seconds per segment.
    pub segment_seconds: u32,
    /// Seconds.
    pub duration: u32,
    /// The publishing wallet.
    pub publisher: Address,
    /// The communication key that registered the video (any active key of the publishing
    /// wallet may sell it; each signs its own deliveries).
    pub owner_key: Address,
}

impl VideoInfo {
    /// Seconds of segment `index` (the last one may be shorter).
    pub fn segment_duration(&self, index: u64) -> f64 {
        let start = index * u64::from(self.segment_seconds);
        let end = (start + u64::from(self.segment_seconds)).min(u64::from(self.duration));
        end.saturating_sub(start) as f64
    }
}

/// The channel, once the publisher opened it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenChannel {
    /// The channel id.
    pub id: B256,
    /// The `open` transaction (sent by the publisher).
    pub open_tx: B256,
    /// The channel as committed on chain.
    pub channel: Channel,
}

/// How the session ended on chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Closed {
    /// The close transaction.
    pub tx: B256,
    /// The balance (segments) it was closed with.
    pub balance: u64,
    /// What the payer paid, wei.
    pub spent: U256,
    /// What returned to the payer's free balance, wei.
    pub refunded: U256,
}

/// A channel left at a server that stopped answering; the session went on at another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Abandoned {
    /// The channel id.
    pub channel: B256,
    /// The server it was opened with.
    pub publisher: String,
    /// The highest balance signed on it (the server may hold it).
    pub balance: u64,
    /// What that balance is worth, wei.
    pub spent: U256,
    /// Its escrow, wei: locked until the server closes it, or the payer exits it.
    pub escrow: U256,
}

/// A snapshot of the session, for a meter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// The channel id, once open.
    pub channel: Option<B256>,
    /// The `open` transaction.
    pub open_tx: Option<B256>,
    /// Segments paid for, on every channel of the session.
    pub balance: u64,
    /// Keys received (and checked against their ciphertexts).
    pub keys: Vec<u64>,
    /// What the balance is worth, wei.
    pub spent: U256,
    /// The escrow of every channel of the session, wei (zero before one opens).
    pub escrow: U256,
    /// Channels left at servers that stopped answering.
    pub abandoned: Vec<Abandoned>,
    /// Key requests sent (retries of a lost answer included).
    pub requests: u64,
    /// How it ended, once closed.
    pub closed: Option<Closed>,
    /// Why it stopped, when an error ended it.
    pub failed: Option<String>,
}

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
        Ok(Self {
            inner: Arc::new(Inner {
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

    /// The channel of an earlier run, if it is still ours and open on chain (with a minute to
    /// spare before expiration); its keys, balance and unanswered request come back with it.
    async fn resume(&self) -> Result<Option<OpenChannel>> {
        let i = &self.inner;
        let Some(file) = &i.state_file else {
            return Ok(None);
        };
        let Some(saved) = file.load()? else {
            return Ok(None);
        };
        let ours = saved.delivery == "keys" && saved.video == i.video.id;
        if ours && !i.chain.channel_hash(saved.channel).await?.is_zero() {
            let record = i.chain.channel(saved.channel).await?;
            let now = i.chain.block_timestamp().await?;
            let payer = i.chain.wallet_address();
            let server = i
                .publishers
                .iter()
                .position(|p| p.key == record.channel.payeeKey);
            if let (true, Some(server)) = (
                Some(record.channel.payer) == payer && now + 60 < record.channel.expiration,
                server,
            ) {
                let mut state = self.state();
                state.publisher = server;
                state.balance = saved.balance;
                state.keys = saved
                    .keys
                    .iter()
                    .filter_map(|(index, key)| {
                        Some((*index, <[u8; KEY_LEN]>::try_from(key.as_ref()).ok()?))
                    })
                    .collect();
                state.pending = saved
                    .pending
                    .map(|p| (p.balance, p.segments, Frame::json(p.header.to_vec())));
                return Ok(Some(OpenChannel {
                    id: saved.channel,
                    open_tx: saved.open_tx,
                    channel: record.channel,
                }));
            }
        }
        // Closed, expiring, another channel, or one whose server is no longer among the
        // publisher's: start afresh.
        file.remove()?;
        Ok(None)
    }

    /// Saves the session's state (once the channel is open).
    fn save(&self) -> Result<()> {
        let open = self.state().open.clone();
        match open {
            Some(open) => self.save_with(&open),
            None => Ok(()),
        }
    }

    fn save_with(&self, open: &OpenChannel) -> Result<()> {
        let Some(file) = &self.inner.state_file else {
            return Ok(());
        };
        let state = {
            let s = self.state();
            ViewerState {
                channel: open.id,
                open_tx: open.open_tx,
                video: self.inner.video.id,
                format: self.inner.video.format.clone(),
                delivery: "keys".into(),
                balance: s.balance,
                keys: s
                    .keys
                    .iter()
                    .map(|(i, k)| (*i, alloy::primitives::Bytes::copy_from_slice(k)))
                    .collect(),
                received: Vec::new(),
                missing: Vec::new(),
                pending: s
                    .pending
                    .as_ref()
                    .map(|(balance, segments, frame)| Pending {
                        balance: *balance,
                        segments: segments.clone(),
                        header: alloy::primitives::Bytes::copy_from_slice(&frame.header),
                    }),
            }
        };
        file.save(&state)
    }

    /// Bids at the current server, then at each other one in turn while the failure is worth
    /// another server; the first that opens becomes the current one.
    async fn bid(&self) -> Result<OpenChannel> {
        let servers = self.inner.publishers.len();
        let start = self.state().publisher;
        let mut first_failure = None;
        for n in (0..servers).map(|k| (start + k) % servers) {
            match self.bid_at(&self.inner.publishers[n]).await {
                Ok(open) => {
                    self.state().publisher = n;
                    return Ok(open);
                }
                Err(e) if worth_another_server(&e) => {
                    first_failure.get_or_insert(e);
                }
                Err(e) => return Err(e),
            }
        }
        Err(first_failure.unwrap_or(NetError::SessionEnded))
    }

    async fn bid_at(&self, publisher: &PeerInfo) -> Result<OpenChannel> {
        let i = &self.inner;
        if self.state().ended {
            return Err(NetError::SessionEnded);
        }
        let wallet = i
            .chain
            .wallet()
            .ok_or(paratii_chain::ChainError::NoWallet)?;
        // Read for every server tried: one that timed out may still have opened a channel.
        let now = i.chain.block_timestamp().await?;
        let bid = BidTerms {
            nonce: i.chain.nonce_of(wallet.address()).await?,
            rate: i.request.rate,
            expiration: now + i.request.expiry_secs,
            cid: i.video.cid.clone(),
            format: i.video.format.clone(),
            bidder_key: i.comm.address(),
            counterparty_key: publisher.key,
        }
        .sign(&i.domain, wallet, &i.comm)?;
        let expected = bid.channel_id(&i.domain);
        let answer = i
            .net
            .request(
                publisher.peer_id,
                publisher.addrs.clone(),
                Protocol::Bid,
                Frame::json(bid.encode()),
            )
            .await
            .map_err(|e| offline(publisher, e))?;
        let accepted = BidAccepted::from_frame(&answer)?;
        if accepted.channel != expected {
            return Err(NetError::ChannelIdMismatch {
                expected,
                got: accepted.channel,
            });
        }
        if i.chain.channel_hash(expected).await?.is_zero() {
            return Err(NetError::ChannelNotOpen(expected));
        }
        let record = i.chain.channel(expected).await?;
        Ok(OpenChannel {
            id: expected,
            open_tx: accepted.tx,
            channel: record.channel,
        })
    }

    /// After the current server stopped answering for the whole patience: leaves its channel
    /// (with the highest balance signed on it) and moves to the next server, whose channel
    /// opens at the next purchase. `false` when there is no other server, or `e` is not that.
    fn leave_current_server(&self, e: &NetError) -> bool {
        let servers = self.inner.publishers.len();
        let gone = matches!(
            e,
            NetError::PublisherOffline { .. } | NetError::Request { .. }
        );
        let mut state = self.state();
        // Each server is left at most once: servers that open and then never answer cannot
        // keep the session bidding, each bid locking a new escrow.
        if servers < 2 || !gone || state.abandoned.len() + 1 >= servers {
            return false;
        }
        let Some(open) = state.open.take() else {
            return false;
        };
        // The server may have taken the unanswered payment: count it as paid.
        let balance = state
            .pending
            .take()
            .map_or(state.balance, |(b, _, _)| b.max(state.balance));
        let publisher = &self.inner.publishers[state.publisher];
        state.abandoned.push(Abandoned {
            channel: open.id,
            publisher: publisher.peer_id.to_string(),
            balance,
            spent: crate::server::value_of(&open.channel, balance),
            escrow: open.channel.escrow,
        });
        state.balance = 0;
        state.publisher = (state.publisher + 1) % servers;
        drop(state);
        self.notify();
        true
    }

    /// The ciphertext of segment `index`, from IPFS, checked against the table of contents.
    pub async fn ciphertext(&self, index: u64) -> Result<Bytes> {
        let i = &self.inner;
        if let Some((_, c)) = self.state().ciphertexts.iter().find(|(n, _)| *n == index) {
            return Ok(c.clone());
        }
        let expected = i
            .toc
            .get(usize::try_from(index).unwrap_or(usize::MAX))
            .ok_or_else(|| NetError::BadSegment {
                index,
                reason: format!("the video has {} segments", i.toc.len()),
            })?;
        let cid: Cid = expected.parse().map_err(|source| NetError::Ipfs {
            what: format!("the CID of segment {index}"),
            source,
        })?;
        let data = paratii_ipfs::cat(i.ipfs.as_ref(), &cid)
            .await
            .map_err(|source| NetError::Ipfs {
                what: format!("segment {index} ({expected})"),
                source,
            })?;
        check_ciphertext(i.codec.as_ref(), index, expected, &data)?;
        let data = Bytes::from(data);
        let mut state = self.state();
        state.ciphertexts.push_back((index, data.clone()));
        if state.ciphertexts.len() > CIPHERTEXT_CACHE {
            state.ciphertexts.pop_front();
        }
        Ok(data)
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

    /// Buys the keys of `wanted` not held yet, at most `lookahead` per request, one request at
    /// a time; their ciphertexts are fetched and checked first.
    pub async fn buy(&self, wanted: &[u64]) -> Result<()> {
        let _one_at_a_time = self.inner.buying.lock().await;
        self.check_live()?;
        match self.resend_pending().await {
            // Its keys are bought again below, on the next server's channel.
            Err(e) if self.leave_current_server(&e) => {}
            r => r?,
        }
        let missing: Vec<u64> = {
            let state = self.state();
            wanted
                .iter()
                .copied()
                .filter(|i| !state.keys.contains_key(i))
                .collect()
        };
        let per_request = usize::try_from(self.inner.request.lookahead.max(1)).unwrap_or(1);
        for chunk in missing.chunks(per_request) {
            let mut ciphertexts = Vec::with_capacity(chunk.len());
            for index in chunk {
                ciphertexts.push(self.ciphertext(*index).await?);
            }
            // Once more on the next server's channel when the current server is gone.
            while let Err(e) = self.buy_chunk(chunk, &ciphertexts).await {
                if !self.leave_current_server(&e) {
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// Pays for `chunk` on the current channel (opening one if there is none) and takes its keys.
    async fn buy_chunk(&self, chunk: &[u64], ciphertexts: &[Bytes]) -> Result<()> {
        let open = self.open().await?;
        let balance = self.state().balance + chunk.len() as u64;
        let wallet = self
            .inner
            .chain
            .wallet()
            .ok_or(paratii_chain::ChainError::NoWallet)?;
        let msg = KeyRequestMessage::sign(
            &self.inner.domain,
            open.id,
            balance,
            chunk.to_vec(),
            wallet,
            &self.inner.comm,
        )?;
        let frame = Frame::json(msg.encode());
        self.state().pending = Some((balance, chunk.to_vec(), frame.clone()));
        // On disk before it is sent: a crash now resends this very request, never a second
        // payment for the same keys.
        self.save()?;
        self.send(balance, chunk, &frame, ciphertexts).await
    }

    /// Sends the request still waiting for its answer, if any.
    async fn resend_pending(&self) -> Result<()> {
        let Some((balance, indices, frame)) = self.state().pending.clone() else {
            return Ok(());
        };
        let mut ciphertexts = Vec::with_capacity(indices.len());
        for index in &indices {
            ciphertexts.push(self.ciphertext(*index).await?);
        }
        self.send(balance, &indices, &frame, &ciphertexts).await
    }

    /// Sends one key request (again once if the answer is lost), checks the answer and keeps the
    /// keys. A wrong answer ends the session: nothing more is paid to that publisher.
    async fn send(
        &self,
        balance: u64,
        indices: &[u64],
        frame: &Frame,
        ciphertexts: &[Bytes],
    ) -> Result<()> {
        let i = &self.inner;
        let publisher = self.publisher();
        let peer = publisher.peer_id;
        let give_up = tokio::time::Instant::now() + i.request.patience;
        let mut wait = std::time::Duration::from_millis(100);
        let answer = loop {
            self.state().requests += 1;
            let answer = i
                .net
                .request(peer, publisher.addrs.clone(), Protocol::Keys, frame.clone())
                .await;
            // A lost answer or a publisher gone for a moment (a restart): the same request
            // again, for as long as the patience lasts.
            let retry = matches!(
                answer,
                Err(NetError::Request { .. } | NetError::DialFailed { .. })
            );
            if !retry || tokio::time::Instant::now() + wait > give_up {
                break answer;
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(std::time::Duration::from_secs(2));
        };
        let answer = answer.map_err(|e| offline(&publisher, e))?;
        let (keys, fault) = self.check_delivery(&answer, publisher.key, indices, ciphertexts);
        let mut state = self.state();
        // The keys that decrypt are kept even when a later one does not: they were paid for.
        let received = !keys.is_empty();
        state.keys.extend(keys);
        let result = match fault {
            None => {
                state.pending = None;
                state.balance = balance;
                drop(state);
                self.save()?;
                state = self.state();
                Ok(())
            }
            // A refusal means the publisher did not take the payment: nothing is pending.
            Some(e @ NetError::Rejected(_)) if !received => {
                state.pending = None;
                Err(e)
            }
            Some(e) => {
                // The publisher holds the signed balance whatever it answered.
                state.pending = None;
                state.balance = balance;
                state.failed = Some(e.to_string());
                state.ended = true;
                Err(e)
            }
        };
        drop(state);
        self.notify();
        result
    }

    /// The keys of a delivery that check out, in order, and what was wrong with the rest.
    fn check_delivery(
        &self,
        answer: &Frame,
        signer: Address,
        indices: &[u64],
        ciphertexts: &[Bytes],
    ) -> (Vec<(u64, [u8; KEY_LEN])>, Option<NetError>) {
        let i = &self.inner;
        let delivery = match parse_delivery(answer).and_then(|d| {
            d.verify(&i.domain, signer)?;
            Ok(d)
        }) {
            Ok(d) => d,
            Err(e) => return (Vec::new(), Some(e)),
        };
        let got: Vec<u64> = delivery.segments.keys().copied().collect();
        if got != indices {
            let expected =
                indices.first().copied().unwrap_or(0)..indices.last().map_or(0, |l| l + 1);
            return (
                Vec::new(),
                Some(NetError::UnexpectedSegments { expected, got }),
            );
        }
        let mut keys = Vec::with_capacity(indices.len());
        for ((index, blob), ciphertext) in delivery.segments.iter().zip(ciphertexts) {
            let checked = key_of_blob(*index, blob).and_then(|key| {
                i.codec
                    .decrypt(&key, *index, ciphertext)
                    .map_err(|e| NetError::BadKey {
                        index: *index,
                        reason: e.to_string(),
                    })?;
                Ok(key)
            });
            match checked {
                Ok(key) => keys.push((*index, key)),
                Err(e) => return (keys, Some(e)),
            }
        }
        (keys, None)
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

/// The directory and the table of contents of `format`, read from IPFS (every block verified).
pub async fn listing_from_ipfs(ipfs: &dyn Ipfs, cid: &str, format: &str) -> Result<Listing> {
    let ipfs_err = |what: String| move |source| NetError::Ipfs { what, source };
    let root: Cid = cid
        .parse()
        .map_err(ipfs_err(format!("the directory CID {cid}")))?;
    let directory = paratii_ipfs::cat(ipfs, &root)
        .await
        .map_err(ipfs_err(format!("the directory {cid}")))?;
    let formats: BTreeMap<String, String> =
        serde_json::from_slice(&directory).map_err(|e| NetError::Malformed {
            what: "directory",
            reason: e.to_string(),
        })?;
    let toc_cid = formats.get(format).ok_or_else(|| NetError::Malformed {
        what: "directory",
        reason: format!("no format {format:?}"),
    })?;
    let toc_root: Cid = toc_cid
        .parse()
        .map_err(ipfs_err(format!("the table of contents CID {toc_cid}")))?;
    let toc = paratii_ipfs::cat(ipfs, &toc_root)
        .await
        .map_err(ipfs_err(format!(
            "the table of contents of {format} ({toc_cid})"
        )))?;
    Ok(Listing {
        directory: Bytes::from(directory),
        toc: Bytes::from(toc),
    })
}

/// A dial failure towards the publisher, said as what it means for the viewer.
pub(crate) fn offline(publisher: &PeerInfo, e: NetError) -> NetError {
    match e {
        NetError::DialFailed { .. } => NetError::PublisherOffline {
            peer: publisher.peer_id,
            addrs: publisher.addrs.iter().map(ToString::to_string).collect(),
        },
        other => other,
    }
}
