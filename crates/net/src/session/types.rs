//! What a session is asked for and what it reports.

use alloy::primitives::{Address, B256, U256};
use libp2p::Multiaddr;
use paratii_chain::Channel;
use serde::Serialize;

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
