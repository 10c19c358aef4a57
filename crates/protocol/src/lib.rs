//! Paratii protocol: the off-chain messages of pay-per-segment video, their JSON wire form, and
//! their EIP-712 signatures, byte for byte as the Solidity contracts compute them. No I/O.
//!
//! - [`eip712`]: domains, struct types and type strings (on-chain `KeyOwnership`, `Bid`,
//!   `SignedBid`, `Payment`; off-chain `SignedPayment`, `SegmentDelivery`, `SegmentRequest`,
//!   `AttentionDelivery`).
//! - [`Sig`]: 65-byte `r || s || v` signatures with `v ∈ {27, 28}` and low `s`.
//! - [`messages`]: [`BidMessage`], [`PaymentMessage`], [`SegmentDeliveryMessage`],
//!   [`SegmentRequestMessage`], [`AttentionDeliveryMessage`], and [`Message`] to decode any of them.
//! - [`channel`]: channel terms, payouts, balance monotonicity, and checking a bid against a
//!   [`ChainState`].
//! - [`ownership`]: proofs of possession of communication keys.
//!
//! Every decoder returns a typed [`ProtocolError`] on malformed input and never panics.

pub mod amount;
pub mod channel;
pub mod cores;
pub mod eip712;
pub mod error;
pub mod messages;
pub mod ownership;
pub mod secp;
pub mod sig;
pub mod wire;

pub use amount::format_pti;
pub use channel::{
    BalanceTracker, ChainState, ChannelTerms, KeyRecord, VideoTerms, balance_increase,
};
pub use error::{ProtocolError, Result};
pub use messages::{
    AttentionDeliveryMessage, BidMessage, BidTerms, KeyRequestMessage, Message, MessageType,
    PaymentMessage, SegmentDeliveryMessage, SegmentRequestMessage, Signers, VerifiedBid, peek_type,
    receipts_of, sealed_segment_hash,
};
pub use secp::{SigningKey, VerifyingKey};
pub use sig::{Sig, SignatureFault};

/// The protocol version every message carries in its `version` field.
pub const PROTOCOL_VERSION: u64 = 1;

/// The largest message accepted by the decoders, in bytes (64 MiB).
pub const MAX_MESSAGE_LEN: usize = 64 << 20;

/// The most segments (or receipts) one message may carry.
pub const MAX_SEGMENTS_PER_MESSAGE: usize = 4096;
