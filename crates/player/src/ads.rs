//! Ads in the player: an advertiser's bid on this viewer was accepted by the attention exchange
//! (`paratii_net::Server` with an [`AttentionPolicy`](paratii_net::AttentionPolicy)); its segments
//! arrive decrypted in a folder and play before the feature. The [`Gate`] makes the exchange send
//! the advertiser receipts only for the segments the player actually reached.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use alloy::primitives::{Address, B256, U256};
use paratii_net::{Role, ServeEvent};
use serde::Serialize;

use crate::app::App;

/// One ad channel, as the meter shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ad {
    /// The channel id.
    pub channel: B256,
    /// The advertiser's wallet (the payer).
    pub advertiser: Address,
    /// The ad's video id.
    pub video: B256,
    /// Its segments.
    pub segments: u64,
    /// Seconds per segment.
    pub segment_seconds: u32,
    /// PTI wei per segment.
    pub price: U256,
    /// Segments received (decrypted, on disk).
    pub received: BTreeSet<u64>,
    /// The balance the advertiser signed over so far.
    pub balance: u64,
    /// Whether the exchange ended (all watched, or stopped).
    pub done: bool,
}

/// An ad as the page reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AdView {
    channel: B256,
    advertiser: Address,
    segments: u64,
    segment_seconds: u32,
    received: u64,
    playlist: String,
    pti_earned: String,
    done: bool,
}

impl Ad {
    /// What the advertiser has paid so far, wei (capped at the escrow by the contract; the
    /// balance never exceeds the segments, so `balance × price` is exact here).
    pub fn earned(&self) -> U256 {
        U256::from(self.balance) * self.price
    }

    /// For the meter.
    pub fn view(&self) -> AdView {
        AdView {
            channel: self.channel,
            advertiser: self.advertiser,
            segments: self.segments,
            segment_seconds: self.segment_seconds,
            received: self.received.len() as u64,
            playlist: format!("/ad/{}/index.m3u8", self.channel),
            pti_earned: paratii_protocol::amount::pti_decimal(self.earned()),
            done: self.done,
        }
    }
}

/// The ads seen so far and where their segments land.
#[derive(Debug, Default)]
pub struct Ads {
    dir: PathBuf,
    entries: BTreeMap<B256, Ad>,
}

impl Ads {
    /// Ads whose segments the attention exchange writes to `<dir>/<channel>/NNNNN.ts`.
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            entries: BTreeMap::new(),
        }
    }

    /// Every ad, oldest channel id first.
    pub fn all(&self) -> impl Iterator<Item = &Ad> {
        self.entries.values()
    }

    /// One ad.
    pub fn get(&self, channel: &B256) -> Option<&Ad> {
        self.entries.get(channel)
    }

    /// Where segment `index` of ad `channel` is written.
    pub fn segment_path(&self, channel: &B256, index: u64) -> PathBuf {
        segment_path(&self.dir, channel, index)
    }

    /// Follows the attention exchange's events; true when something changed.
    pub fn on_event(&mut self, event: &ServeEvent) -> bool {
        match event {
            ServeEvent::Opened {
                role: Role::Attention,
                channel,
                payer,
                video,
                segments,
                segment_seconds,
                price_per_segment,
                ..
            } => {
                self.entries.insert(
                    *channel,
                    Ad {
                        channel: *channel,
                        advertiser: *payer,
                        video: *video,
                        segments: *segments,
                        segment_seconds: *segment_seconds,
                        price: *price_per_segment,
                        received: BTreeSet::new(),
                        balance: 0,
                        done: false,
                    },
                );
                true
            }
            ServeEvent::Paid {
                channel,
                balance,
                segments,
            } => self.entries.get_mut(channel).is_some_and(|ad| {
                ad.balance = ad.balance.max(*balance);
                ad.received.extend(segments);
                true
            }),
            ServeEvent::AttentionDone { channel, .. } => {
                self.entries.get_mut(channel).is_some_and(|ad| {
                    ad.done = true;
                    true
                })
            }
            _ => false,
        }
    }
}

fn segment_path(dir: &Path, channel: &B256, index: u64) -> PathBuf {
    dir.join(channel.to_string()).join(format!("{index:05}.ts"))
}

/// The attention exchange's view of the player (see [`paratii_net::AttentionGate`]).
pub struct Gate(pub(crate) Arc<App>);

#[async_trait::async_trait]
impl paratii_net::AttentionGate for Gate {
    fn accepts(&self, _video: B256) -> Result<(), String> {
        self.0.accepts_ad()
    }

    async fn reached(&self, channel: B256, index: u64) -> Result<(), String> {
        self.0.wait_ad_reached(channel, index).await
    }
}
