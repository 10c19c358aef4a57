//! The hostile tests' world (anvil, a publisher with a registered key and video, a funded
//! viewer) and the attacks they share.

use alloy::signers::local::PrivateKeySigner;
use futures::StreamExt;
use libp2p::{Multiaddr, PeerId};
use paratii_net::NetError;
use paratii_net::frame::{Direction, Frame, FrameLimits};
use paratii_net::network::{self, Protocol};
use paratii_net::wire::check_rejection;

use super::attacker::{Attacker, RawFrame, Tally};
use super::common::*;

pub(crate) const SEGMENTS: u64 = 6;
pub(crate) const FORMAT: &str = "360p30";

/// One measurement at a time: every test reads the same process's RSS.
pub(crate) static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

pub(crate) async fn world() -> World {
    small_world(&[FORMAT], SEGMENTS).await
}

impl World {
    /// A bid for the video from a stranger's wallet and key, its communication signature
    /// corrupted (one digit of `r`) so that it recovers to another key: it decodes, costs the
    /// publisher both its signature checks, and is refused `bad-signature`.
    pub(crate) fn bad_bid(&self) -> Frame {
        let wallet = PrivateKeySigner::random();
        let key = PrivateKeySigner::random();
        let bid = paratii_protocol::BidTerms {
            nonce: alloy::primitives::B256::ZERO,
            rate: RATE,
            expiration: u64::from(u32::MAX),
            cid: self.video.cid.clone(),
            format: FORMAT.to_owned(),
            bidder_key: key.address(),
            counterparty_key: self.publisher().key(),
        }
        .sign(
            &self.publisher().client.payment_channel_domain(),
            &wallet,
            &key,
        )
        .expect("sign");
        let domain = self.publisher().client.payment_channel_domain();
        let mut json: serde_json::Value = serde_json::from_slice(&bid.encode()).expect("json");
        let sig = json["signature"].as_str().expect("signature").to_owned();
        // Flip one hex digit of `r` ("0x" first), until the signature still recovers (to someone
        // else): then refusing it costs both recoveries.
        for at in (2..66).rev() {
            let mut chars: Vec<char> = sig.chars().collect();
            chars[at] = if chars[at] == '0' { '1' } else { '0' };
            json["signature"] = serde_json::Value::String(chars.into_iter().collect());
            let bytes = serde_json::to_vec(&json).expect("json");
            let decoded = paratii_protocol::BidMessage::decode(&bytes).expect("decodes");
            if matches!(
                decoded.verify(&domain),
                Err(paratii_protocol::ProtocolError::SignerMismatch { .. })
            ) {
                return Frame::json(bytes);
            }
        }
        panic!("no corrupted signature recovers");
    }
}

/// Prints a figure for the report (run with `--nocapture` to see them).
pub(crate) fn figure(name: &str, value: impl std::fmt::Display) {
    println!("FIGURE {name}: {value}");
}

/// Each protocol's oversized requests: a header one byte over its limit, a 30 MiB header, a 4 GiB
/// one, a blob where a request carries none, a 30 MiB blob.
pub(crate) fn oversized() -> Vec<(Protocol, RawFrame)> {
    let mut frames = Vec::new();
    for protocol in Protocol::ALL {
        let limits = FrameLimits::of(protocol, Direction::Request);
        frames.push((protocol, RawFrame::header(limits.header + 1, None)));
        frames.push((protocol, RawFrame::header(30 << 20, None)));
        frames.push((protocol, RawFrame::header(u32::MAX, Some(1 << 20))));
        frames.push((protocol, RawFrame::blobs(limits.blobs + 1)));
        frames.push((protocol, RawFrame::blob(30 << 20)));
    }
    frames
}

/// Sends [`oversized`] at once; every one must go unanswered. Returns how many were sent.
pub(crate) async fn fire_oversized(attacker: &Attacker) -> usize {
    let answers = futures::future::join_all(oversized().into_iter().map(|(p, f)| {
        let a = attacker.clone();
        async move { (p, a.send(p, f).await) }
    }))
    .await;
    for (protocol, answer) in &answers {
        assert!(answer.is_err(), "{protocol} answered an oversized frame");
    }
    answers.len()
}

/// Sends `bids` copies of `bid` over `net`, `concurrency` at a time, and tallies the answers.
pub(crate) async fn flood_bids(
    net: network::Client,
    (peer, addrs): (PeerId, Vec<Multiaddr>),
    bid: Frame,
    bids: usize,
    concurrency: usize,
) -> Tally {
    let mut tally = Tally::default();
    let mut answers = futures::stream::iter(0..bids)
        .map(|_| net.request(peer, addrs.clone(), Protocol::Bid, bid.clone()))
        .buffer_unordered(concurrency);
    while let Some(answer) = answers.next().await {
        match answer {
            Ok(frame) => tally.count(match check_rejection(&frame) {
                Err(NetError::Rejected(r)) => Some(r.code),
                _ => None,
            }),
            Err(_) => tally.dropped += 1,
        }
    }
    tally
}
