//! The off-chain messages of the protocol and their JSON wire form.
//!
//! Every message is a JSON object with a `type` and a `version` field next to the fields named in
//! the 2018 design note. See `MESSAGES.md` in this crate for the schemas.

mod attention;
mod bid;
mod keys;
mod payment;
mod segments;

use std::fmt;

use alloy_primitives::Address;
use serde::Deserialize;

pub use attention::AttentionDeliveryMessage;
pub use bid::{BidMessage, BidTerms, VerifiedBid};
pub use keys::KeyRequestMessage;
pub use payment::PaymentMessage;
pub use segments::{
    SegmentDeliveryMessage, SegmentRequestMessage, receipts_of, sealed_segment_hash,
};

use crate::error::{ProtocolError, Result};
use crate::{MAX_MESSAGE_LEN, PROTOCOL_VERSION};

/// The `type` field of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageType {
    /// `"bid"`: [`BidMessage`].
    Bid,
    /// `"payment"`: [`PaymentMessage`].
    Payment,
    /// `"segment-delivery"`: [`SegmentDeliveryMessage`].
    SegmentDelivery,
    /// `"segment-request"`: [`SegmentRequestMessage`].
    SegmentRequest,
    /// `"attention-delivery"`: [`AttentionDeliveryMessage`].
    AttentionDelivery,
    /// `"key-request"`: [`KeyRequestMessage`].
    KeyRequest,
}

impl MessageType {
    /// Every message type.
    pub const ALL: [Self; 6] = [
        Self::Bid,
        Self::Payment,
        Self::SegmentDelivery,
        Self::SegmentRequest,
        Self::AttentionDelivery,
        Self::KeyRequest,
    ];

    /// The wire name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Bid => "bid",
            Self::Payment => "payment",
            Self::SegmentDelivery => "segment-delivery",
            Self::SegmentRequest => "segment-request",
            Self::AttentionDelivery => "attention-delivery",
            Self::KeyRequest => "key-request",
        }
    }

    /// Parses a wire name.
    pub fn parse(s: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| ProtocolError::UnknownType(s.to_owned()))
    }
}

impl fmt::Display for MessageType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The two fields every message starts with.
#[derive(Deserialize)]
struct Header {
    #[serde(rename = "type")]
    kind: String,
    version: u64,
}

fn check_len(bytes: &[u8]) -> Result<()> {
    if bytes.len() > MAX_MESSAGE_LEN {
        return Err(ProtocolError::MessageTooLarge {
            len: bytes.len(),
            max: MAX_MESSAGE_LEN,
        });
    }
    Ok(())
}

/// Checks size, JSON well-formedness, version and type; returns the type.
pub fn peek_type(bytes: &[u8]) -> Result<MessageType> {
    check_len(bytes)?;
    let header: Header = serde_json::from_slice(bytes)?;
    if header.version != PROTOCOL_VERSION {
        return Err(ProtocolError::UnsupportedVersion(header.version));
    }
    MessageType::parse(&header.kind)
}

/// Checks that `bytes` holds a message of type `expected`.
pub(crate) fn expect_type(bytes: &[u8], expected: MessageType) -> Result<()> {
    let got = peek_type(bytes)?;
    if got != expected {
        return Err(ProtocolError::UnexpectedType {
            expected: expected.as_str(),
            got: got.as_str().to_owned(),
        });
    }
    Ok(())
}

/// The `type` and `version` a message's wire form carries.
pub(crate) trait Headed {
    fn kind(&self) -> &str;
    fn version(&self) -> u64;
}

/// Implements [`Headed`] for wire forms with `kind` and `version` fields.
macro_rules! headed {
    ($($wire:ty),+ $(,)?) => {$(
        impl $crate::messages::Headed for $wire {
            fn kind(&self) -> &str {
                &self.kind
            }
            fn version(&self) -> u64 {
                self.version
            }
        }
    )+};
}
pub(crate) use headed;

/// Decodes the wire form `W` of a message of type `expected` in one JSON parse (a check of the
/// header first was a second parse of every payment). A parse that fails is explained by
/// [`expect_type`] where it can (not JSON, another type or version), so the errors are those of
/// a header checked first.
pub(crate) fn decode_wire<W: serde::de::DeserializeOwned + Headed>(
    bytes: &[u8],
    expected: MessageType,
) -> Result<W> {
    check_len(bytes)?;
    let wire: W = match serde_json::from_slice(bytes) {
        Ok(wire) => wire,
        Err(e) => {
            expect_type(bytes, expected)?;
            return Err(e.into());
        }
    };
    if wire.version() != PROTOCOL_VERSION {
        return Err(ProtocolError::UnsupportedVersion(wire.version()));
    }
    let got = MessageType::parse(wire.kind())?;
    if got != expected {
        return Err(ProtocolError::UnexpectedType {
            expected: expected.as_str(),
            got: got.as_str().to_owned(),
        });
    }
    Ok(wire)
}

/// Any message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A bid.
    Bid(BidMessage),
    /// A payment (content).
    Payment(PaymentMessage),
    /// Segments delivered (content).
    SegmentDelivery(SegmentDeliveryMessage),
    /// A request with receipts (attention).
    SegmentRequest(SegmentRequestMessage),
    /// Segments delivered with a payment (attention).
    AttentionDelivery(AttentionDeliveryMessage),
    /// A payment naming the segments whose keys it buys (content, delivery mode `keys`).
    KeyRequest(KeyRequestMessage),
}

impl Message {
    /// Decodes any message. Signatures are checked for form (65 bytes, `v`, low `s`), not for signer.
    pub fn decode(bytes: &[u8]) -> Result<Self> {
        Ok(match peek_type(bytes)? {
            MessageType::Bid => Self::Bid(BidMessage::decode(bytes)?),
            MessageType::Payment => Self::Payment(PaymentMessage::decode(bytes)?),
            MessageType::SegmentDelivery => {
                Self::SegmentDelivery(SegmentDeliveryMessage::decode(bytes)?)
            }
            MessageType::SegmentRequest => {
                Self::SegmentRequest(SegmentRequestMessage::decode(bytes)?)
            }
            MessageType::AttentionDelivery => {
                Self::AttentionDelivery(AttentionDeliveryMessage::decode(bytes)?)
            }
            MessageType::KeyRequest => Self::KeyRequest(KeyRequestMessage::decode(bytes)?),
        })
    }

    /// Encodes to compact JSON.
    pub fn encode(&self) -> Vec<u8> {
        match self {
            Self::Bid(m) => m.encode(),
            Self::Payment(m) => m.encode(),
            Self::SegmentDelivery(m) => m.encode(),
            Self::SegmentRequest(m) => m.encode(),
            Self::AttentionDelivery(m) => m.encode(),
            Self::KeyRequest(m) => m.encode(),
        }
    }

    /// The message's type.
    pub const fn message_type(&self) -> MessageType {
        match self {
            Self::Bid(_) => MessageType::Bid,
            Self::Payment(_) => MessageType::Payment,
            Self::SegmentDelivery(_) => MessageType::SegmentDelivery,
            Self::SegmentRequest(_) => MessageType::SegmentRequest,
            Self::AttentionDelivery(_) => MessageType::AttentionDelivery,
            Self::KeyRequest(_) => MessageType::KeyRequest,
        }
    }
}

/// Serialises a wire struct; cannot fail for these plain structs of strings and integers.
pub(crate) fn to_json<T: serde::Serialize>(wire: &T) -> Vec<u8> {
    serde_json::to_vec(wire).unwrap_or_default()
}

/// Who signed a message that carries both a wallet and a communication-key signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signers {
    /// Recovered from the wallet signature.
    pub wallet: Address,
    /// Recovered from the communication-key signature.
    pub key: Address,
}
