//! What a server did: events as they happen, a bounded log of them, and the report at the end.

use std::collections::VecDeque;

use alloy::primitives::{Address, B256, U256};
use serde::{Deserialize, Serialize};

use crate::wire::Rejection;

/// The most events kept in memory (a summary never needs them: it is built from the channels).
pub const EVENT_LOG_LEN: usize = 4096;

/// Which side of a channel this server is on (it is always the payee).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
    /// The latest events, in order (at most [`EVENT_LOG_LEN`]).
    pub events: Vec<ServeEvent>,
    /// Every channel the server was payee of, with its transactions.
    pub channels: Vec<ChannelSummary>,
}

/// One channel at the end: what it was paid and what was cashed, from the channel store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelSummary {
    /// The channel id.
    pub channel: B256,
    /// Content or attention.
    pub role: Role,
    /// The payer wallet.
    pub payer: Address,
    /// The format.
    pub format: String,
    /// The cumulative balance accepted (segments).
    pub paid_segments: u64,
    /// The balance cashed on chain.
    pub cashed_segments: u64,
    /// PTI wei per segment.
    pub price_per_segment: U256,
    /// PTI wei cashed.
    pub cashed_wei: U256,
    /// Whether it is closed.
    pub closed: bool,
    /// Every transaction the payee sent on it.
    pub txs: Vec<super::store::StoredTx>,
}

/// The latest events.
#[derive(Debug, Default)]
pub(crate) struct EventLog {
    events: VecDeque<ServeEvent>,
}

impl EventLog {
    pub(crate) fn push(&mut self, event: ServeEvent) {
        if self.events.len() == EVENT_LOG_LEN {
            self.events.pop_front();
        }
        self.events.push_back(event);
    }

    pub(crate) fn to_vec(&self) -> Vec<ServeEvent> {
        self.events.iter().cloned().collect()
    }
}
