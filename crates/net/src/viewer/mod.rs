//! `watch`: find the video, bid, pay segment by segment (never more than `ahead` beyond what was
//! received), check every segment against the table of contents, decrypt, write a playable output.
//!
//! Two delivery modes: `bytes`, where the publisher sends key ‖ ciphertext for every payment, and
//! `keys`, where the ciphertexts come from IPFS and the publisher sells only keys
//! ([`crate::session::KeySession`]). Either way the viewer ends by asking the publisher to close
//! the channel, so what it did not spend is free again at once.

use std::path::PathBuf;
use std::sync::Arc;

use alloy::primitives::{B256, U256};
use libp2p::Multiaddr;
use serde::Serialize;

use crate::catalog::ContentCodec;
use crate::discovery::PeerInfo;
use crate::error::{NetError, Result};
use crate::network::{self, Protocol};
use crate::peer::PeerConfig;
use crate::session::{Abandoned, Closed, KeySession, SessionRequest, offline};
use crate::wire::{ChannelClosed, CloseRequest};

mod bytes;

/// How the segments reach the viewer.
#[derive(Clone, Default)]
pub enum Delivery {
    /// The publisher sends key ‖ ciphertext with every payment.
    #[default]
    Bytes,
    /// The ciphertexts come from this IPFS source (checked against the table of contents); the
    /// publisher sends only the keys.
    Keys(Arc<dyn paratii_ipfs::Ipfs>),
}

impl Delivery {
    /// `"bytes"` or `"keys"`.
    pub const fn name(&self) -> &'static str {
        match self {
            Self::Bytes => "bytes",
            Self::Keys(_) => "keys",
        }
    }
}

impl std::fmt::Debug for Delivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl PartialEq for Delivery {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Bytes, Self::Bytes) => true,
            (Self::Keys(a), Self::Keys(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for Delivery {}

/// What to watch and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchRequest {
    /// The video id (`keccak256(directory CID)`).
    pub video: B256,
    /// The format, e.g. `720p30`.
    pub format: String,
    /// The rate offered, PTI wei per second of video.
    pub rate: u128,
    /// The bid expires this many seconds (chain time) from now.
    pub expiry_secs: u64,
    /// Pay at most this many segments beyond those received (at least 1).
    pub ahead: u64,
    /// Stop after this many segments (default: the whole video).
    pub max_segments: Option<u64>,
    /// Output directory: `<out>/<format>/NNNNN.ts`, `<out>/<format>/index.m3u8`, `<out>/<format>.ts`.
    pub out: PathBuf,
    /// Dial these addresses instead of the ones in the publisher's profile (still checked
    /// against the registered key's PeerId).
    pub peer: Vec<Multiaddr>,
    /// Segment bytes from the publisher, or keys from the publisher and bytes from IPFS.
    pub delivery: Delivery,
    /// Ask the publisher to close the channel at the end, so what was not spent is free at
    /// once (otherwise the publisher closes before expiration).
    pub close_at_end: bool,
    /// Where the viewer keeps its channel between runs (keys mode): a restarted `watch`
    /// resumes it instead of paying for a new one.
    pub state: Option<PathBuf>,
    /// Pay at most once per this long (real-time pace, or a slow link); `None`: as fast as the
    /// segments come.
    pub pace: Option<std::time::Duration>,
    /// How long a publisher that stopped answering is dialed again before giving up.
    pub patience: std::time::Duration,
}

/// What watching did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WatchReport {
    /// The channel id.
    pub channel: B256,
    /// The `open` transaction (sent by the publisher).
    pub open_tx: B256,
    /// The publisher's PeerId.
    pub publisher: String,
    /// The cumulative balance paid (segments).
    pub paid_segments: u64,
    /// PTI wei that balance is worth.
    pub paid_wei: U256,
    /// Segments received and checked.
    pub received: Vec<u64>,
    /// Segments paid for but not delivered (a publisher's withholding defence).
    pub missing: Vec<u64>,
    /// The playlist written.
    pub playlist: PathBuf,
    /// The concatenation of the received segments.
    pub concatenated: PathBuf,
    /// `"bytes"` or `"keys"`.
    pub delivery: &'static str,
    /// Frame bytes received from the publisher on the paying protocols (`pay`, `keys`).
    pub bytes_from_publisher: u64,
    /// From the first payment to the last segment checked (in milliseconds in JSON): the
    /// streaming itself, without the bid, the outputs and the close.
    #[serde(serialize_with = "as_millis")]
    pub streaming: std::time::Duration,
    /// How the channel was closed at the end (the viewer asks; `None` if the publisher did not
    /// answer: then the escrow returns at expiration).
    pub closed: Option<Closed>,
    /// Channels left at servers of the publisher that stopped answering mid-stream (keys mode).
    pub abandoned: Vec<Abandoned>,
}

/// Watches a video.
pub async fn watch(
    config: PeerConfig,
    codec: Arc<dyn ContentCodec>,
    req: WatchRequest,
) -> Result<WatchReport> {
    match req.delivery.clone() {
        Delivery::Bytes => bytes::watch_bytes(config, codec, req).await,
        Delivery::Keys(ipfs) => watch_keys(config, codec, ipfs, req).await,
    }
}

/// Keys mode: ciphertexts from IPFS, keys bought `ahead` at a time.
async fn watch_keys(
    config: PeerConfig,
    codec: Arc<dyn ContentCodec>,
    ipfs: Arc<dyn paratii_ipfs::Ipfs>,
    req: WatchRequest,
) -> Result<WatchReport> {
    let session = KeySession::prepare(
        config,
        codec.clone(),
        ipfs,
        SessionRequest {
            video: req.video,
            format: req.format.clone(),
            rate: req.rate,
            expiry_secs: req.expiry_secs,
            lookahead: req.ahead.max(1),
            peer: req.peer.clone(),
            state: req.state.clone(),
            patience: req.patience,
        },
    )
    .await?;
    let video = session.video().clone();
    let wanted = req
        .max_segments
        .unwrap_or(video.segments)
        .min(video.segments);
    let dir = req.out.join(&req.format);
    std::fs::create_dir_all(&dir).map_err(NetError::io(&dir))?;
    session.open().await?;
    let started = std::time::Instant::now();
    let mut received = Vec::new();
    let ahead = req.ahead.max(1);
    let mut next = 0;
    while next < wanted {
        let batch: Vec<u64> = (next..wanted.min(next + ahead)).collect();
        session.buy(&batch).await?;
        let keys = session.progress().keys;
        for index in batch {
            if !keys.contains(&index) {
                return Err(NetError::SessionEnded);
            }
            let ciphertext = session.ciphertext(index).await?;
            let key = session.key_held(index).ok_or(NetError::SessionEnded)?;
            let plain = codec.decrypt(&key, index, &ciphertext)?;
            let path = dir.join(format!("{index:05}.ts"));
            std::fs::write(&path, plain).map_err(NetError::io(&path))?;
            received.push(index);
        }
        next += ahead;
        if let Some(pace) = req.pace
            && next < wanted
        {
            tokio::time::sleep(pace).await;
        }
    }
    let streaming = started.elapsed();
    let closed = if req.close_at_end {
        session.end().await?
    } else {
        None
    };
    let progress = session.progress();
    let (playlist, concatenated) =
        write_outputs(&req.out, &req.format, &received, video.segment_seconds)?;
    let traffic = session.network().traffic();
    let open = session.open().await?;
    Ok(WatchReport {
        channel: open.id,
        open_tx: open.open_tx,
        publisher: session.publisher().peer_id.to_string(),
        paid_segments: progress.balance,
        paid_wei: progress.spent,
        received,
        missing: Vec::new(),
        playlist,
        concatenated,
        delivery: "keys",
        bytes_from_publisher: traffic.of(Protocol::Keys).received
            + traffic.of(Protocol::Pay).received,
        streaming,
        closed,
        abandoned: progress.abandoned,
    })
}

/// Asks the publisher to close `channel` now; `None` when it does not answer (the escrow then
/// returns at expiration).
async fn close_channel(
    chain: &paratii_chain::Client,
    net: &network::Client,
    publisher: &PeerInfo,
    channel: B256,
    record: &paratii_chain::Channel,
) -> Option<Closed> {
    let answer = net
        .request(
            publisher.peer_id,
            publisher.addrs.clone(),
            Protocol::Close,
            CloseRequest { channel }.to_frame(),
        )
        .await
        .map_err(|e| offline(publisher, e))
        .and_then(|a| ChannelClosed::from_frame(&a))
        .ok()?;
    if !chain.channel_hash(channel).await.ok()?.is_zero() {
        return None;
    }
    let spent = crate::server::value_of(record, answer.balance);
    Some(Closed {
        tx: answer.tx,
        balance: answer.balance,
        spent,
        refunded: record.escrow.saturating_sub(spent),
    })
}

fn as_millis<S: serde::Serializer>(
    d: &std::time::Duration,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64() * 1000.0)
}

fn wallet_signer(
    chain: &paratii_chain::Client,
) -> Result<&alloy::signers::local::PrivateKeySigner> {
    Ok(chain.wallet().ok_or(paratii_chain::ChainError::NoWallet)?)
}

/// Writes `index.m3u8` next to the segments and the concatenation `<out>/<format>.ts`.
fn write_outputs(
    out: &std::path::Path,
    format: &str,
    received: &[u64],
    segment_length: u32,
) -> Result<(PathBuf, PathBuf)> {
    let dir = out.join(format);
    let mut playlist = format!(
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:{segment_length}\n#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n"
    );
    let mut all = Vec::new();
    let mut previous = None;
    for index in received {
        if previous.is_some_and(|p: u64| p + 1 != *index) {
            playlist.push_str("#EXT-X-DISCONTINUITY\n");
        }
        previous = Some(*index);
        playlist.push_str(&format!("#EXTINF:{segment_length}.0,\n{index:05}.ts\n"));
        let path = dir.join(format!("{index:05}.ts"));
        all.extend(std::fs::read(&path).map_err(NetError::io(&path))?);
    }
    playlist.push_str("#EXT-X-ENDLIST\n");
    let playlist_path = dir.join("index.m3u8");
    std::fs::write(&playlist_path, playlist).map_err(NetError::io(&playlist_path))?;
    let concat = out.join(format!("{format}.ts"));
    std::fs::write(&concat, all).map_err(NetError::io(&concat))?;
    Ok((playlist_path, concat))
}
