//! What the client reads back: videos, keys, balances and channels as plain records, and the
//! `Channel` a `ChannelOpened` log describes.

use alloy::primitives::{Address, B256, B512, U256};
use alloy::sol_types::SolValue;
use paratii_bindings::payment_channel::IPaymentChannel::Channel;
use paratii_bindings::payment_channel::PaymentChannel;
use paratii_bindings::video_registry::IVideoRegistry::Video;
use serde::Serialize;

use crate::connection::TxInfo;

/// A video to register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewVideo {
    /// The directory CID.
    pub cid: String,
    /// The communication key that speaks for the video (an active key of the wallet).
    pub owner_key: Address,
    /// Title.
    pub title: String,
    /// Seconds.
    pub duration: u32,
    /// Seconds per segment.
    pub segment_length: u32,
    /// Kilobytes per segment.
    pub segment_size: u32,
    /// Format names, e.g. `720p30`.
    pub formats: Vec<String>,
}

/// A registered video with its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoRecord {
    /// keccak256 of the CID.
    pub id: B256,
    /// The directory CID.
    pub cid: String,
    /// The owner communication key.
    pub owner_key: Address,
    /// The publishing wallet.
    pub publisher: Address,
    /// Title.
    pub title: String,
    /// Seconds.
    pub duration: u32,
    /// Seconds per segment.
    pub segment_length: u32,
    /// Kilobytes per segment.
    pub segment_size: u32,
    /// Whether new channels may open on it.
    pub listed: bool,
    /// Format names.
    pub formats: Vec<String>,
}

impl VideoRecord {
    pub(crate) fn new(id: B256, v: Video) -> Self {
        Self {
            id,
            cid: v.cid,
            owner_key: v.ownerKey,
            publisher: v.publisher,
            title: v.title,
            duration: v.duration,
            segment_length: v.segmentLength,
            segment_size: v.segmentSize,
            listed: v.listed,
            formats: v.formats,
        }
    }
}

/// A communication key of a wallet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WalletKey {
    /// The key's address.
    pub key: Address,
    /// Whether it is active (not revoked).
    pub active: bool,
    /// Its 64-byte public key.
    pub public_key: B512,
}

/// A wallet's funds and nonce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Balances {
    /// The wallet.
    pub wallet: Address,
    /// ETH (for gas), in wei.
    pub eth: U256,
    /// PTI held by the wallet itself, in wei.
    pub pti: U256,
    /// Free PTI in `PaymentChannel`, in wei: what bids can escrow.
    pub deposited: U256,
    /// The nonce the wallet's next bid must carry.
    pub nonce: B256,
}

/// The state of a channel, rebuilt from the logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum ChannelStatus {
    /// Open, before its expiration: the payee may withdraw or close.
    Open,
    /// Open but expired: anyone may settle.
    Expired,
    /// Closed by the payee.
    Closed {
        /// The cumulative segments paid for.
        balance: U256,
        /// Credited to the payee by the close.
        amount: U256,
        /// Returned to the payer.
        refund: U256,
    },
    /// Settled after expiration.
    Settled {
        /// Returned to the payer.
        refund: U256,
    },
}

impl ChannelStatus {
    /// Whether the channel still holds escrow.
    pub const fn is_open(&self) -> bool {
        matches!(self, Self::Open | Self::Expired)
    }
}

/// A channel as rebuilt from its `ChannelOpened`, `ChannelWithdrawn`, `ChannelClosed` and
/// `ChannelSettled` logs; for an open channel, checked against the on-chain `channelHash`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelRecord {
    /// The channel id (the bid digest).
    pub id: B256,
    /// The struct to pass back to the contract (its `withdrawn` is the latest).
    pub channel: Channel,
    /// The video id.
    pub video: B256,
    /// keccak256 of the format name.
    pub format_hash: B256,
    /// The block it was opened in.
    pub opened_block: u64,
    /// Open, expired, closed or settled.
    #[serde(flatten)]
    pub status: ChannelStatus,
}

/// What opening a channel returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Opened {
    /// The channel id.
    pub id: B256,
    /// The channel, to pass back to later calls.
    pub channel: Channel,
    /// The transaction.
    pub tx: TxInfo,
}

/// The `Channel` a `ChannelOpened` event describes (nothing withdrawn yet).
pub fn channel_of(opened: &PaymentChannel::ChannelOpened) -> Channel {
    Channel {
        payer: opened.payer,
        payee: opened.payee,
        payeeKey: opened.payeeKey,
        pricePerSegment: opened.pricePerSegment,
        escrow: opened.escrow,
        withdrawn: U256::ZERO,
        expiration: opened.expiration,
    }
}

/// `keccak256(abi.encode(channel))`, the commitment `PaymentChannel` stores.
pub fn hash_channel(channel: &Channel) -> B256 {
    alloy::primitives::keccak256(channel.abi_encode())
}
