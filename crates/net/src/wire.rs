//! The JSON headers this crate adds around the protocol crate's messages: bid answers,
//! rejections and listing requests, and the framing of deliveries (segment bytes as blobs).

use std::collections::BTreeMap;

use alloy::primitives::B256;
use bytes::Bytes;
use paratii_protocol::{AttentionDeliveryMessage, SegmentDeliveryMessage};
use serde::{Deserialize, Serialize};

use crate::error::{NetError, Result};
use crate::frame::Frame;

/// Why a peer refused a request; sent as `{"type":"rejected","version":1,"code":…,"detail":…}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{code:?}: {detail}")]
pub struct Rejection {
    /// The reason, for programs.
    pub code: RejectCode,
    /// The reason, for people (values included).
    pub detail: String,
}

/// Rejection reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RejectCode {
    /// The request could not be decoded.
    Malformed,
    /// A signature does not verify or is not by the expected key.
    BadSignature,
    /// The bid is addressed to another communication key.
    WrongCounterparty,
    /// The video or format is not served here.
    UnknownVideo,
    /// The rate is below this peer's minimum for the format.
    RateTooLow,
    /// Too many channels are open.
    TooManyChannels,
    /// The expiration is too near or too far.
    ExpiryOutOfWindow,
    /// The bid fails the on-chain checks (nonce, balance, key, expiration, availability).
    ChainCheck,
    /// Opening the channel failed.
    OpenFailed,
    /// The channel is unknown or closed.
    UnknownChannel,
    /// The payment does not increase the balance, or exceeds the video.
    StalePayment,
    /// A receipt does not match what was delivered.
    BadReceipt,
    /// Attention bids are not accepted here.
    NoAttention,
    /// Something failed on this side.
    Internal,
    /// Too many requests are in flight (from this peer, or in all) and this one was refused
    /// unhandled; or its handling took too long (it still runs to its end: the same payment sent
    /// again gets its delivery). Ask again later.
    Busy,
}

/// The longest rejection detail sent or kept, in bytes: a detail quotes values and errors, and a
/// rejection is answered to anyone and logged ([`crate::server::ServeEvent::Refused`]).
pub const MAX_DETAIL_LEN: usize = 1024;

impl Rejection {
    /// A rejection; its detail is cut to [`MAX_DETAIL_LEN`] bytes.
    pub fn new(code: RejectCode, detail: impl std::fmt::Display) -> Self {
        let mut detail = detail.to_string();
        if detail.len() > MAX_DETAIL_LEN {
            let mut end = MAX_DETAIL_LEN - '…'.len_utf8();
            while !detail.is_char_boundary(end) {
                end -= 1;
            }
            detail.truncate(end);
            detail.push('…');
        }
        Self { code, detail }
    }

    /// As a frame.
    pub fn to_frame(&self) -> Frame {
        Frame::json(header_json(&Tagged {
            kind: "rejected",
            version: 1,
            body: self,
        }))
    }
}

#[derive(Serialize)]
struct Tagged<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'a str,
    version: u64,
    #[serde(flatten)]
    body: T,
}

fn header_json<T: Serialize>(value: &T) -> Vec<u8> {
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_vec(value).unwrap_or_default()
}

/// The `type` field of a header, and whether the header is a rejection (then returned as error).
pub fn check_rejection(frame: &Frame) -> Result<String> {
    #[derive(Deserialize)]
    struct Peek {
        #[serde(rename = "type")]
        kind: String,
    }
    let peek: Peek = serde_json::from_slice(&frame.header).map_err(|e| NetError::Malformed {
        what: "header",
        reason: e.to_string(),
    })?;
    if peek.kind == "rejected" {
        return Err(NetError::Rejected(body(&frame.header, "rejection")?));
    }
    Ok(peek.kind)
}

/// A positive answer to a bid: `{"type":"bid-accepted","version":1,"channel":"0x…","tx":"0x…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BidAccepted {
    /// The channel id (the bid digest).
    pub channel: B256,
    /// The `open` transaction.
    pub tx: B256,
}

impl BidAccepted {
    /// As a frame.
    pub fn to_frame(&self) -> Frame {
        Frame::json(header_json(&Tagged {
            kind: "bid-accepted",
            version: 1,
            body: self,
        }))
    }

    /// From a bid answer frame (a rejection becomes [`NetError::Rejected`]).
    pub fn from_frame(frame: &Frame) -> Result<Self> {
        expect(frame, "bid-accepted")?;
        body(&frame.header, "bid answer")
    }
}

/// A listing request: `{"type":"listing-request","version":1,"hash":"<directory CID>","format":"720p30"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListingRequest {
    /// The directory CID.
    pub hash: String,
    /// The format whose table of contents is wanted.
    pub format: String,
}

impl ListingRequest {
    /// As a frame.
    pub fn to_frame(&self) -> Frame {
        Frame::json(header_json(&Tagged {
            kind: "listing-request",
            version: 1,
            body: self,
        }))
    }

    /// From a frame.
    pub fn from_frame(frame: &Frame) -> Result<Self> {
        expect(frame, "listing-request")?;
        body(&frame.header, "listing request")
    }
}

/// The viewer is done with a channel: `{"type":"close-request","version":1,"channel":"0x…"}`,
/// sent on `/paratii/close/1`. Only the channel's payer key may send it (the noise session
/// authenticates the peer); the publisher then closes the channel with the latest payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CloseRequest {
    /// The channel id.
    pub channel: B256,
}

impl CloseRequest {
    /// As a frame.
    pub fn to_frame(&self) -> Frame {
        Frame::json(header_json(&Tagged {
            kind: "close-request",
            version: 1,
            body: self,
        }))
    }

    /// From a frame.
    pub fn from_frame(frame: &Frame) -> Result<Self> {
        expect(frame, "close-request")?;
        body(&frame.header, "close request")
    }
}

/// The answer to a close request, once the close transaction is mined:
/// `{"type":"channel-closed","version":1,"channel":"0x…","balance":N,"tx":"0x…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelClosed {
    /// The channel id.
    pub channel: B256,
    /// The balance (segments) the channel was closed with.
    pub balance: u64,
    /// The close transaction.
    pub tx: B256,
}

impl ChannelClosed {
    /// As a frame.
    pub fn to_frame(&self) -> Frame {
        Frame::json(header_json(&Tagged {
            kind: "channel-closed",
            version: 1,
            body: self,
        }))
    }

    /// From a frame (a rejection becomes [`NetError::Rejected`]).
    pub fn from_frame(frame: &Frame) -> Result<Self> {
        expect(frame, "channel-closed")?;
        body(&frame.header, "close answer")
    }
}

/// The answer to a listing request: header `{"type":"listing","version":1}`, blob 0 the
/// directory JSON, blob 1 the table of contents JSON, exactly as added to IPFS.
pub fn listing_frame(directory: Bytes, toc: Bytes) -> Frame {
    Frame {
        header: header_json(&Tagged {
            kind: "listing",
            version: 1,
            body: BTreeMap::<String, String>::new(),
        }),
        blobs: vec![directory, toc],
    }
}

/// Splits a listing answer into (directory, table of contents).
pub fn parse_listing(frame: &Frame) -> Result<(Bytes, Bytes)> {
    expect(frame, "listing")?;
    match frame.blobs.as_slice() {
        [dir, toc] => Ok((dir.clone(), toc.clone())),
        other => Err(NetError::Malformed {
            what: "listing",
            reason: format!("{} blobs, expected 2", other.len()),
        }),
    }
}

fn expect(frame: &Frame, kind: &str) -> Result<()> {
    let got = check_rejection(frame)?;
    if got != kind {
        return Err(NetError::Malformed {
            what: "answer",
            reason: format!("type {got:?}, expected {kind:?}"),
        });
    }
    Ok(())
}

/// The body of a header tagged `{"type": …, "version": N, …}`: the tag stripped, the rest decoded
/// as `T`, which decides whether unknown fields are refused.
fn body<T: serde::de::DeserializeOwned>(header: &[u8], what: &'static str) -> Result<T> {
    let malformed = |reason: String| NetError::Malformed { what, reason };
    let mut value: serde_json::Value = parse(header, what)?;
    let fields = value
        .as_object_mut()
        .ok_or_else(|| malformed("not a JSON object".to_owned()))?;
    if !fields.remove("type").is_some_and(|t| t.is_string()) {
        return Err(malformed("no `type` string".to_owned()));
    }
    if !fields.remove("version").is_some_and(|v| v.is_u64()) {
        return Err(malformed("no numeric `version`".to_owned()));
    }
    serde_json::from_value(value).map_err(|e| malformed(e.to_string()))
}

fn parse<T: serde::de::DeserializeOwned>(bytes: &[u8], what: &'static str) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| NetError::Malformed {
        what,
        reason: e.to_string(),
    })
}

type Segments = BTreeMap<u64, alloy::primitives::Bytes>;

fn strip(segments: &Segments) -> (Segments, Vec<Bytes>) {
    (
        segments
            .keys()
            .map(|i| (*i, alloy::primitives::Bytes::new()))
            .collect(),
        segments.values().map(|d| d.0.clone()).collect(),
    )
}

fn refill(header: &Segments, blobs: &[Bytes]) -> Result<Segments> {
    if header.values().any(|d| !d.is_empty()) || header.len() != blobs.len() {
        return Err(NetError::Malformed {
            what: "delivery",
            reason: format!(
                "{} segments in the header (must be empty strings), {} blobs",
                header.len(),
                blobs.len()
            ),
        });
    }
    Ok(header
        .keys()
        .copied()
        .zip(
            blobs
                .iter()
                .map(|b| alloy::primitives::Bytes::from(b.clone())),
        )
        .collect())
}

/// A content delivery as a frame: the signed message with empty segment data, the bytes as blobs.
pub fn delivery_frame(msg: &SegmentDeliveryMessage) -> Frame {
    let (segments, blobs) = strip(&msg.segments);
    let header = SegmentDeliveryMessage {
        segments,
        ..msg.clone()
    }
    .encode();
    Frame { header, blobs }
}

/// A content delivery from a frame (signature not yet verified).
pub fn parse_delivery(frame: &Frame) -> Result<SegmentDeliveryMessage> {
    check_rejection(frame)?;
    let mut msg = SegmentDeliveryMessage::decode(&frame.header)?;
    msg.segments = refill(&msg.segments, &frame.blobs)?;
    Ok(msg)
}

/// An attention delivery as a frame.
pub fn attention_frame(msg: &AttentionDeliveryMessage) -> Frame {
    let (segments, blobs) = strip(&msg.segments);
    let header = AttentionDeliveryMessage {
        segments,
        ..msg.clone()
    }
    .encode();
    Frame { header, blobs }
}

/// An attention delivery from a frame (signatures not yet verified).
pub fn parse_attention(frame: &Frame) -> Result<AttentionDeliveryMessage> {
    check_rejection(frame)?;
    let mut msg = AttentionDeliveryMessage::decode(&frame.header)?;
    msg.segments = refill(&msg.segments, &frame.blobs)?;
    Ok(msg)
}
