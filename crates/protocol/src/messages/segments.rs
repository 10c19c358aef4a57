//! Segment delivery (content) and segment request with receipts (attention).

use std::collections::BTreeMap;

use alloy_primitives::{Address, B256, Bytes};
use alloy_signer::SignerSync;
use alloy_sol_types::SolStruct;
use serde::{Deserialize, Serialize};

use super::{MessageType, decode_wire, headed, to_json};
use crate::PROTOCOL_VERSION;
use crate::eip712::{self, Eip712Domain};
use crate::error::{ProtocolError, Result};
use crate::sig::{self, Sig};
use crate::wire::{
    Entries, check_outgoing_count, decode_receipts, decode_segments, encode_receipts,
    encode_segments, parse_b256,
};

/// Segment bytes above which the hashes of a delivery are computed on several threads: an
/// attention delivery of a few 1 MiB segments is hashed on each side of every step, at a few
/// hundred MiB/s per core. (A bytes-mode content delivery hashes only keys and CIDs: R27.)
const PARALLEL_HASH_BYTES: usize = 512 << 10;

/// keccak256 of each segment, in index order.
fn hashes_of(segments: &BTreeMap<u64, Bytes>) -> Vec<B256> {
    let data: Vec<&Bytes> = segments.values().collect();
    let total: usize = data.iter().map(|d| d.len()).sum();
    // Keys mode delivers 16 bytes a segment: not worth a thread.
    if total < PARALLEL_HASH_BYTES {
        return data.iter().map(|d| eip712::segment_hash(d)).collect();
    }
    crate::cores::map_on_cores(&data, |d| eip712::segment_hash(d))
}

/// What a delivery in mode `bytes` signs for one segment (PROTOCOL R27): `keccak256(key ‖ cid)`,
/// the segment's 16-byte AES key and its ciphertext's CID as the table of contents lists it. The
/// CID binds the ciphertext, and the viewer checks it before it accepts the segment; hashing the
/// whole ciphertext with keccak256 again, on both sides of every payment, bound nothing more.
pub fn sealed_segment_hash(key: &[u8], cid: &str) -> B256 {
    eip712::segment_hash(&[key, cid.as_bytes()].concat())
}

/// Indices (ascending) and keccak256 hashes of segments.
pub(crate) fn indices_and_hashes(segments: &BTreeMap<u64, Bytes>) -> (Vec<u64>, Vec<B256>) {
    (segments.keys().copied().collect(), hashes_of(segments))
}

/// The receipts a viewer shows for `segments`: index → keccak256 of the bytes.
pub fn receipts_of(segments: &BTreeMap<u64, Bytes>) -> BTreeMap<u64, B256> {
    segments.keys().copied().zip(hashes_of(segments)).collect()
}

/// Segments delivered by the video's owner (content exchange: publisher → viewer).
///
/// Wire (`type` `"segment-delivery"`): `nonce` (channel id), `segments` (`{"N": "<base64>"}`,
/// 0-based indices), `signature`.
///
/// EIP-712 (`PaymentChannel` domain), signed by the **sender's communication key** (the video's
/// owner key): `SegmentDelivery(bytes32 channel,uint64[] indices,bytes32[] hashes)`, indices
/// ascending, `hashes[i] = keccak256(data of indices[i])` ([`Self::sign`], mode `keys`), or hashes
/// the sender computed ([`Self::sign_over`]: [`sealed_segment_hash`] in mode `bytes`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentDeliveryMessage {
    /// The channel id.
    pub channel: B256,
    /// Segment bytes by 0-based index.
    pub segments: BTreeMap<u64, Bytes>,
    /// The sender key's signature of `SegmentDelivery`.
    pub signature: Sig,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SegmentDeliveryWire {
    #[serde(rename = "type")]
    kind: String,
    version: u64,
    nonce: String,
    segments: Entries<String>,
    signature: String,
}

impl SegmentDeliveryMessage {
    /// Signs a delivery with the sender's communication key.
    pub fn sign<C: SignerSync + ?Sized>(
        payment_channel: &Eip712Domain,
        channel: B256,
        segments: BTreeMap<u64, Bytes>,
        key: &C,
    ) -> Result<Self> {
        check_outgoing_count(segments.len())?;
        let digest = delivery_digest(payment_channel, channel, &segments);
        Ok(Self {
            channel,
            segments,
            signature: Sig::sign(key, &digest)?,
        })
    }

    /// Signs a delivery whose `hashes` (one per segment, in index order) the sender computed,
    /// such as [`sealed_segment_hash`] in mode `bytes`.
    pub fn sign_over<C: SignerSync + ?Sized>(
        payment_channel: &Eip712Domain,
        channel: B256,
        segments: BTreeMap<u64, Bytes>,
        hashes: Vec<B256>,
        key: &C,
    ) -> Result<Self> {
        check_outgoing_count(segments.len())?;
        check_hash_count(&segments, &hashes)?;
        let digest = digest_over(payment_channel, channel, &segments, hashes);
        Ok(Self {
            channel,
            segments,
            signature: Sig::sign(key, &digest)?,
        })
    }

    /// Checks the delivery was signed by `sender_key` over `hashes` (one per segment, in index
    /// order), which the receiver computed the way the sender should have.
    pub fn verify_over(
        &self,
        payment_channel: &Eip712Domain,
        hashes: Vec<B256>,
        sender_key: Address,
    ) -> Result<()> {
        check_hash_count(&self.segments, &hashes)?;
        sig::verify(
            "signature",
            "sender key",
            &self.signature,
            &digest_over(payment_channel, self.channel, &self.segments, hashes),
            sender_key,
        )
    }

    /// The `SegmentDelivery` digest.
    pub fn digest(&self, payment_channel: &Eip712Domain) -> B256 {
        delivery_digest(payment_channel, self.channel, &self.segments)
    }

    /// Recovers the sender key.
    pub fn recover(&self, payment_channel: &Eip712Domain) -> Result<Address> {
        sig::recover("signature", &self.signature, &self.digest(payment_channel))
    }

    /// Checks the delivery was signed by `sender_key`.
    pub fn verify(&self, payment_channel: &Eip712Domain, sender_key: Address) -> Result<()> {
        sig::verify(
            "signature",
            "sender key",
            &self.signature,
            &self.digest(payment_channel),
            sender_key,
        )
    }

    /// Receipts for these segments.
    pub fn receipts(&self) -> BTreeMap<u64, B256> {
        receipts_of(&self.segments)
    }

    /// Decodes a `"segment-delivery"` message; the signature is checked for form only.
    pub fn decode(bytes: &[u8]) -> Result<Self> {
        let w: SegmentDeliveryWire = decode_wire(bytes, MessageType::SegmentDelivery)?;
        Ok(Self {
            channel: parse_b256("nonce", &w.nonce)?,
            segments: decode_segments(w.segments)?,
            signature: Sig::from_hex("signature", &w.signature)?,
        })
    }

    /// Encodes to compact JSON.
    pub fn encode(&self) -> Vec<u8> {
        to_json(&SegmentDeliveryWire {
            kind: MessageType::SegmentDelivery.as_str().to_owned(),
            version: PROTOCOL_VERSION,
            nonce: self.channel.to_string(),
            segments: encode_segments(&self.segments),
            signature: self.signature.to_hex(),
        })
    }
}

fn delivery_digest(
    payment_channel: &Eip712Domain,
    channel: B256,
    segments: &BTreeMap<u64, Bytes>,
) -> B256 {
    digest_over(payment_channel, channel, segments, hashes_of(segments))
}

fn digest_over(
    payment_channel: &Eip712Domain,
    channel: B256,
    segments: &BTreeMap<u64, Bytes>,
    hashes: Vec<B256>,
) -> B256 {
    eip712::SegmentDelivery {
        channel,
        indices: segments.keys().copied().collect(),
        hashes,
    }
    .eip712_signing_hash(payment_channel)
}

fn check_hash_count(segments: &BTreeMap<u64, Bytes>, hashes: &[B256]) -> Result<()> {
    if hashes.len() == segments.len() {
        Ok(())
    } else {
        Err(ProtocolError::HashCount {
            segments: segments.len(),
            hashes: hashes.len(),
        })
    }
}

/// A viewer's request for segments, with receipts for segments received (attention exchange:
/// viewer → advertiser).
///
/// Wire (`type` `"segment-request"`): `nonce` (channel id), `segment` (the highest 0-based index
/// wanted, inclusive: `N + p`), `receipts` (`{"N": "0x<keccak256 of segment N>"}`), `signature`.
///
/// EIP-712 (`PaymentChannel` domain), signed by the **viewer's communication key**:
/// `SegmentRequest(bytes32 channel,uint64 segment,uint64[] receiptIndices,bytes32[] receiptHashes)`,
/// receipt indices ascending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentRequestMessage {
    /// The channel id.
    pub channel: B256,
    /// The highest segment index wanted (inclusive).
    pub segment: u64,
    /// keccak256 of each segment received, by index.
    pub receipts: BTreeMap<u64, B256>,
    /// The viewer key's signature of `SegmentRequest`.
    pub signature: Sig,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SegmentRequestWire {
    #[serde(rename = "type")]
    kind: String,
    version: u64,
    nonce: String,
    segment: u64,
    receipts: Entries<String>,
    signature: String,
}

headed!(SegmentDeliveryWire, SegmentRequestWire);

impl SegmentRequestMessage {
    /// Signs a request with the viewer's communication key.
    pub fn sign<C: SignerSync + ?Sized>(
        payment_channel: &Eip712Domain,
        channel: B256,
        segment: u64,
        receipts: BTreeMap<u64, B256>,
        key: &C,
    ) -> Result<Self> {
        check_outgoing_count(receipts.len())?;
        let digest = request_digest(payment_channel, channel, segment, &receipts);
        Ok(Self {
            channel,
            segment,
            receipts,
            signature: Sig::sign(key, &digest)?,
        })
    }

    /// The `SegmentRequest` digest.
    pub fn digest(&self, payment_channel: &Eip712Domain) -> B256 {
        request_digest(payment_channel, self.channel, self.segment, &self.receipts)
    }

    /// Recovers the viewer key.
    pub fn recover(&self, payment_channel: &Eip712Domain) -> Result<Address> {
        sig::recover("signature", &self.signature, &self.digest(payment_channel))
    }

    /// Checks the request was signed by `viewer_key`.
    pub fn verify(&self, payment_channel: &Eip712Domain, viewer_key: Address) -> Result<()> {
        sig::verify(
            "signature",
            "viewer key",
            &self.signature,
            &self.digest(payment_channel),
            viewer_key,
        )
    }

    /// Checks every receipt against the hashes of what was delivered.
    pub fn check_receipts(&self, delivered: &BTreeMap<u64, B256>) -> Result<()> {
        for (index, got) in &self.receipts {
            let expected = delivered
                .get(index)
                .ok_or(ProtocolError::UnknownReceipt(*index))?;
            if expected != got {
                return Err(ProtocolError::ReceiptMismatch {
                    index: *index,
                    expected: *expected,
                    got: *got,
                });
            }
        }
        Ok(())
    }

    /// Decodes a `"segment-request"` message; the signature is checked for form only.
    pub fn decode(bytes: &[u8]) -> Result<Self> {
        let w: SegmentRequestWire = decode_wire(bytes, MessageType::SegmentRequest)?;
        Ok(Self {
            channel: parse_b256("nonce", &w.nonce)?,
            segment: w.segment,
            receipts: decode_receipts(w.receipts)?,
            signature: Sig::from_hex("signature", &w.signature)?,
        })
    }

    /// Encodes to compact JSON.
    pub fn encode(&self) -> Vec<u8> {
        to_json(&SegmentRequestWire {
            kind: MessageType::SegmentRequest.as_str().to_owned(),
            version: PROTOCOL_VERSION,
            nonce: self.channel.to_string(),
            segment: self.segment,
            receipts: encode_receipts(&self.receipts),
            signature: self.signature.to_hex(),
        })
    }
}

fn request_digest(
    payment_channel: &Eip712Domain,
    channel: B256,
    segment: u64,
    receipts: &BTreeMap<u64, B256>,
) -> B256 {
    let (receipt_indices, receipt_hashes) = receipts.iter().map(|(i, h)| (*i, *h)).unzip();
    eip712::SegmentRequest {
        channel,
        segment,
        receiptIndices: receipt_indices,
        receiptHashes: receipt_hashes,
    }
    .eip712_signing_hash(payment_channel)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The threaded hashing gives the sequential hashes, in index order, on either side of the
    /// threshold and for any number of segments per thread.
    #[test]
    fn hashes_of_matches_one_hash_at_a_time() {
        for (count, len) in [(1, 1 << 20), (2, 1 << 10), (3, 300 << 10), (7, 200 << 10)] {
            let segments: BTreeMap<u64, Bytes> = (0..count)
                .map(|i| (i * 3, Bytes::from(vec![i as u8 ^ 0x5a; len + i as usize])))
                .collect();
            let sequential: Vec<B256> =
                segments.values().map(|d| eip712::segment_hash(d)).collect();
            assert_eq!(hashes_of(&segments), sequential, "{count} x {len}");
            let receipts = receipts_of(&segments);
            assert_eq!(
                receipts.keys().copied().collect::<Vec<_>>(),
                segments.keys().copied().collect::<Vec<_>>()
            );
        }
    }
}
