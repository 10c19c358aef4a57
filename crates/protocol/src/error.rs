//! The one error type of this crate.

use alloy_primitives::{Address, B256, U256};

use crate::sig::SignatureFault;

/// Everything that can go wrong while decoding, signing or checking a Paratii message.
///
/// Decoders and verifiers never panic on input: every malformed or invalid message maps to one of
/// these variants.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ProtocolError {
    /// The bytes are not valid JSON, or a field is missing, repeated, unknown or of the wrong JSON type.
    #[error("malformed message JSON: {0}")]
    Json(#[from] serde_json::Error),

    /// The message is larger than [`crate::MAX_MESSAGE_LEN`].
    #[error("message is {len} bytes, more than the {max} allowed")]
    MessageTooLarge {
        /// Length of the input.
        len: usize,
        /// The limit.
        max: usize,
    },

    /// The `version` field names a protocol version this build does not speak.
    #[error("unsupported message version {0} (this build speaks version {v})", v = crate::PROTOCOL_VERSION)]
    UnsupportedVersion(u64),

    /// The `type` field names no known message.
    #[error("unknown message type {0:?}")]
    UnknownType(String),

    /// A message of one type was decoded where another was expected.
    #[error("expected a {expected:?} message, got {got:?}")]
    UnexpectedType {
        /// The type asked for.
        expected: &'static str,
        /// The type found.
        got: String,
    },

    /// A hex field is not `0x` followed by an even number of hex digits.
    #[error("field `{field}` is not 0x-prefixed hex")]
    InvalidHex {
        /// The JSON field.
        field: &'static str,
    },

    /// A fixed-size field has the wrong number of bytes.
    #[error("field `{field}` must be {expected} bytes, got {got}")]
    InvalidLength {
        /// The JSON field.
        field: &'static str,
        /// Bytes expected.
        expected: usize,
        /// Bytes given.
        got: usize,
    },

    /// A decimal-string integer field is not a canonical decimal number in range.
    #[error("field `{field}` is not a canonical decimal integer in range")]
    InvalidInteger {
        /// The JSON field.
        field: &'static str,
    },

    /// A key of a `segments` or `receipts` object is not a canonical decimal `u64`.
    #[error("segment key {0:?} is not a canonical decimal index")]
    InvalidSegmentIndex(String),

    /// The same segment index appears twice in one object.
    #[error("segment index {0} appears twice")]
    DuplicateSegment(u64),

    /// A segment's data is not valid base64.
    #[error("segment {0} is not valid padded standard base64")]
    InvalidBase64(u64),

    /// A list of segment indices is not strictly ascending (duplicates included).
    #[error("segment indices must be strictly ascending: {next} follows {previous}")]
    IndicesNotAscending {
        /// The earlier index.
        previous: u64,
        /// The index after it.
        next: u64,
    },

    /// A message that must name at least one segment names none.
    #[error("the message names no segment")]
    NoSegments,

    /// A message carries more segments or receipts than [`crate::MAX_SEGMENTS_PER_MESSAGE`].
    #[error("{count} segments or receipts in one message, more than the {max} allowed")]
    TooManySegments {
        /// How many were given.
        count: usize,
        /// The limit.
        max: usize,
    },

    /// A delivery signed over given hashes was given a different number of hashes than it has
    /// segments.
    #[error("{hashes} hashes for a delivery of {segments} segments")]
    HashCount {
        /// Segments in the delivery.
        segments: usize,
        /// Hashes given.
        hashes: usize,
    },

    /// A signature is malformed: wrong length, bad `v`, high `s`, or unrecoverable.
    #[error("signature `{field}` is invalid: {fault}")]
    InvalidSignature {
        /// The JSON field (or role) of the signature.
        field: &'static str,
        /// What is wrong with it.
        fault: SignatureFault,
    },

    /// A well-formed signature does not verify against the signer's known public key.
    #[error("{role} signature was not made by {expected}")]
    NotSignedBy {
        /// Whose signature it should be (e.g. "payer wallet").
        role: &'static str,
        /// The expected signer.
        expected: Address,
    },

    /// A well-formed signature was made by someone other than the expected signer.
    #[error("{role} signature was made by {signer}, expected {expected}")]
    SignerMismatch {
        /// Whose signature it should have been (e.g. "bidder key", "payer wallet").
        role: &'static str,
        /// The expected signer.
        expected: Address,
        /// Who actually signed.
        signer: Address,
    },

    /// A bid is addressed to another counterparty key than ours.
    #[error("bid is addressed to counterparty key {got}, not to {expected}")]
    CounterpartyMismatch {
        /// Our key.
        expected: Address,
        /// The bid's counterparty key.
        got: Address,
    },

    /// A message refers to another channel than the one expected.
    #[error("message is for channel {got}, expected {expected}")]
    ChannelMismatch {
        /// The channel expected.
        expected: B256,
        /// The channel in the message.
        got: B256,
    },

    /// The signer failed to sign.
    #[error("signing failed: {0}")]
    Signing(#[from] alloy_signer::Error),

    /// A bid's rate is zero (`ZeroRate` on chain).
    #[error("bid rate is zero")]
    ZeroRate,

    /// A bid is at or past its expiration (`BidExpired` on chain).
    #[error("bid expired at {expiration}, now is {now}")]
    BidExpired {
        /// The bid's expiration.
        expiration: u64,
        /// The time it was checked at.
        now: u64,
    },

    /// A bid's nonce is not the payer's current nonce (`NonceMismatch` on chain).
    #[error("bid nonce {given} is not the payer's current nonce {expected}")]
    NonceMismatch {
        /// The payer's nonce on chain.
        expected: B256,
        /// The bid's nonce.
        given: B256,
    },

    /// The video is unknown, unlisted, or lacks the format (`VideoNotAvailable` on chain).
    #[error("video {video} is not available in format {format_hash}")]
    VideoNotAvailable {
        /// The video id.
        video: B256,
        /// keccak256 of the format name.
        format_hash: B256,
    },

    /// The video's segment length is zero, so no channel terms exist.
    #[error("video has a zero segment length")]
    ZeroSegmentLength,

    /// The bidder key is registered to another wallet than the payer, or revoked
    /// (`BidderKeyNotAuthorized` on chain).
    #[error("bidder key {key} belongs to {wallet} (active: {active}), not to the payer {payer}")]
    BidderKeyNotAuthorized {
        /// The bidder key.
        key: Address,
        /// The wallet it is registered to.
        wallet: Address,
        /// Whether it is active.
        active: bool,
        /// The payer of the bid.
        payer: Address,
    },

    /// The payer would also be the payee (`SelfChannel` on chain).
    #[error("wallet {0} would pay itself")]
    SelfChannel(Address),

    /// The payer's free balance cannot fund the escrow (`InsufficientBalance` on chain).
    #[error(
        "payer has {} free, the escrow needs {}",
        crate::format_pti(*.available),
        crate::format_pti(*.required)
    )]
    InsufficientBalance {
        /// The payer's free balance.
        available: U256,
        /// The escrow.
        required: U256,
    },

    /// A payment pays for more segments than the video has (`BalanceExceedsSegments` on chain).
    #[error("balance {balance} exceeds the {max_segments} segments of the video")]
    BalanceExceedsSegments {
        /// The balance.
        balance: u64,
        /// ceil(escrow / price per segment).
        max_segments: u64,
    },

    /// A payment does not increase the cumulative balance.
    #[error("balance {given} does not increase the previous balance {previous}")]
    BalanceNotIncreasing {
        /// The last accepted balance.
        previous: u64,
        /// The new balance.
        given: u64,
    },

    /// A receipt names a segment that was never delivered.
    #[error("receipt for segment {0}, which was never delivered")]
    UnknownReceipt(u64),

    /// A receipt's hash differs from the hash of the segment delivered.
    #[error("receipt for segment {index} has hash {got}, delivered {expected}")]
    ReceiptMismatch {
        /// The segment index.
        index: u64,
        /// keccak256 of what was delivered.
        expected: B256,
        /// The receipt's hash.
        got: B256,
    },
}

/// Shorthand for results of this crate.
pub type Result<T, E = ProtocolError> = core::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_said_in_pti() {
        let pti = U256::from(10u64).pow(U256::from(18));
        let e = ProtocolError::InsufficientBalance {
            available: pti / U256::from(2),
            required: pti * U256::from(3),
        };
        assert_eq!(
            e.to_string(),
            "payer has 0.5 PTI free, the escrow needs 3 PTI"
        );
    }
}
