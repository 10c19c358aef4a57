//! Faults on the attention exchange, in process: anvil through `paratii_test_utils::TestNet`,
//! the viewer's `Server` (with an attention policy) or a raw viewer, and the real `advertise` or a
//! hand-built dishonest advertiser, on loopback libp2p, with a catalog built from real AES-128
//! bytes and real CIDs. Every test checks the typed error (or refusal) and then, on chain, that
//! the honest side lost nothing.

mod common;

use common::*;
use paratii_net::IpfsCodec;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use alloy::primitives::{B256, U256, keccak256};
use alloy::signers::local::PrivateKeySigner;
use paratii_net::catalog::open_segment;
use paratii_net::error::NetError;
use paratii_net::frame::Frame;
use paratii_net::network::{self, InboundRequest, NetConfig, Protocol};
use paratii_net::server::serve_listing;
use paratii_net::wire::{BidAccepted, RejectCode, attention_frame, parse_attention};
use paratii_net::{AttentionPolicy, ServeEvent, ServePolicy, keypair};
use paratii_protocol::{AttentionDeliveryMessage, BidMessage, SegmentRequestMessage};

// ---------------------------------------------------------------------------------------------
// The world: anvil, an advertiser owning a registered video with PTI deposited, a viewer; both
// keys registered.

/// Segments of the advertised video.
const SEGMENTS: u64 = 6;
/// The one format.
const FORMAT: &str = "360p30";
/// Segments the viewer asks for per request.
const BATCH: u64 = 2;
/// How long any single wait may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(120);

async fn world() -> World {
    World::start(WorldConfig {
        seed: 9,
        formats: &[FORMAT],
        segments: SEGMENTS,
        ..WorldConfig::attention()
    })
    .await
}

async fn next_inbound(inbound: &mut tokio::sync::mpsc::Receiver<InboundRequest>) -> InboundRequest {
    tokio::time::timeout(PATIENCE, inbound.recv())
        .await
        .expect("a request in time")
        .expect("network running")
}

// ---------------------------------------------------------------------------------------------
// 1. A raw viewer against the real advertiser: bad receipts are refused.

/// A bare libp2p peer with the viewer's identity that took the advertiser's bid.
struct RawAttentionViewer {
    net: network::Client,
    advertiser: libp2p::PeerId,
    domain: alloy::sol_types::Eip712Domain,
    comm: PrivateKeySigner,
    channel: B256,
}

impl RawAttentionViewer {
    async fn request(
        &self,
        segment: u64,
        receipts: BTreeMap<u64, B256>,
    ) -> Result<AttentionDeliveryMessage, NetError> {
        let req =
            SegmentRequestMessage::sign(&self.domain, self.channel, segment, receipts, &self.comm)
                .expect("sign");
        let answer = self
            .net
            .request(
                self.advertiser,
                Vec::new(),
                Protocol::Attention,
                Frame::json(req.encode()),
            )
            .await?;
        parse_attention(&answer)
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn wrong_or_missing_receipts_are_refused_by_the_advertiser() {
    let w = world().await;
    let before = w.balances().await;
    let (net, mut inbound) = network::spawn(
        keypair(&w.viewer.comm).expect("keypair"),
        &NetConfig::default(),
    )
    .expect("net");
    let addr = net.listen(paratii_net::loopback()).await.expect("listen");
    let advertising = tokio::spawn({
        let config = peer_config(w.advertiser());
        let catalog = w.content.clone();
        let req = w.advertise_request(vec![addr]);
        async move { paratii_net::advertise(config, catalog, req).await }
    });

    // The bid arrives; the raw viewer opens the channel like a server would.
    let bid_in = next_inbound(&mut inbound).await;
    assert_eq!(bid_in.protocol, Protocol::Bid);
    let bid = BidMessage::decode(&bid_in.frame.header).expect("bid");
    let opened = w.viewer.client.open(&bid).await.expect("open");
    let raw = RawAttentionViewer {
        net: net.clone(),
        advertiser: bid_in.peer,
        domain: w.viewer.client.payment_channel_domain(),
        comm: w.viewer.comm.clone(),
        channel: opened.id,
    };
    net.respond(
        Protocol::Bid,
        bid_in.channel,
        BidAccepted {
            channel: opened.id,
            tx: opened.tx.hash,
        }
        .to_frame(),
    )
    .await
    .expect("respond");

    // First batch: no receipts due yet.
    let first = raw
        .request(BATCH - 1, BTreeMap::new())
        .await
        .expect("batch 0");
    first
        .verify(&raw.domain, w.advertiser().address(), w.advertiser().key())
        .expect("honest delivery");
    assert_eq!(
        first.segments.keys().copied().collect::<Vec<_>>(),
        vec![0, 1]
    );
    assert_eq!(first.balance, 2);
    let good = first.receipts();
    assert_eq!(good[&0], keccak256(&first.segments[&0]));

    // A receipt that is the hash of other bytes.
    let mut wrong = good.clone();
    wrong.insert(0, keccak256(b"not what was delivered"));
    assert_eq!(
        rejected(raw.request(2 * BATCH - 1, wrong).await),
        RejectCode::BadReceipt
    );
    // A request that omits the receipt of a segment of the previous batch.
    let mut partial = good.clone();
    partial.remove(&1);
    assert_eq!(
        rejected(raw.request(2 * BATCH - 1, partial).await),
        RejectCode::BadReceipt
    );
    // ... or omits them all.
    assert_eq!(
        rejected(raw.request(2 * BATCH - 1, BTreeMap::new()).await),
        RejectCode::BadReceipt
    );
    // A receipt for a segment never delivered.
    let mut extra = good.clone();
    extra.insert(2, keccak256(&first.segments[&1]));
    assert_eq!(
        rejected(raw.request(2 * BATCH - 1, extra).await),
        RejectCode::BadReceipt
    );
    // A request signed by another key than the viewer's.
    let forged = SegmentRequestMessage::sign(
        &raw.domain,
        raw.channel,
        2 * BATCH - 1,
        good.clone(),
        &PrivateKeySigner::random(),
    )
    .expect("sign");
    let answer = net
        .request(
            raw.advertiser,
            Vec::new(),
            Protocol::Attention,
            Frame::json(forged.encode()),
        )
        .await
        .expect("answer");
    assert_eq!(rejected(parse_attention(&answer)), RejectCode::BadSignature);

    // The refusals delivered and paid nothing: with the right receipts the exchange goes on from
    // segment 2, one balance step per segment.
    let mut receipts = good;
    let mut latest = first;
    let mut next = BATCH;
    while next < SEGMENTS {
        let last = next + BATCH - 1;
        let d = raw.request(last, receipts).await.expect("batch");
        d.verify(&raw.domain, w.advertiser().address(), w.advertiser().key())
            .expect("honest delivery");
        assert_eq!(
            d.segments.keys().copied().collect::<Vec<_>>(),
            (next..=last).collect::<Vec<_>>()
        );
        assert_eq!(d.balance, last + 1);
        receipts = d.receipts();
        latest = d;
        next = last + 1;
    }
    // The last receipts end the exchange. The advertiser stops right after answering, so (as
    // the viewer's server also allows) its empty answer may be lost with the connection.
    match raw.request(SEGMENTS - 1, receipts).await {
        Ok(end) => {
            assert!(end.segments.is_empty());
            assert_eq!(end.balance, SEGMENTS);
        }
        Err(NetError::Request { .. }) => {}
        Err(e) => panic!("the last request: {e:?}"),
    }
    let report = tokio::time::timeout(PATIENCE, advertising)
        .await
        .expect("advertise ends")
        .expect("join")
        .expect("advertise");
    assert_eq!(report.channel, opened.id);
    assert_eq!(report.delivered, SEGMENTS);
    assert_eq!(report.balance, SEGMENTS);
    // Refused requests' receipts were not counted.
    assert_eq!(report.receipts_checked, SEGMENTS);
    assert_eq!(report.paid_wei, w.price() * U256::from(SEGMENTS));

    // The viewer cashes the last payment: exactly the video, the escrow held nothing more.
    w.viewer
        .client
        .close(
            opened.id,
            &opened.channel,
            Some((latest.balance, &latest.wallet_signature)),
        )
        .await
        .expect("close");
    assert_eq!(w.channels().await.len(), 1, "one attention channel");
    w.assert_settled(before, SEGMENTS).await;
}

// ---------------------------------------------------------------------------------------------
// 2. A dishonest advertiser against the viewer's server.

/// How the dishonest advertiser cheats on its second batch (the first is honest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cheat {
    /// Pays a balance one below the last delivered segment + 1.
    Underpay,
    /// Signs the payment with another wallet than the channel's payer.
    WrongWallet,
    /// Delivers the batch's last segment with a flipped ciphertext byte (CID mismatch).
    BadCid,
}

/// Runs a viewer's server against an advertiser honest for one batch and cheating on the next;
/// returns the deliveries sent and the viewer's `AttentionDone` (segments, error), after checking
/// on chain that the viewer cashed exactly the first batch.
async fn cheated(cheat: Cheat) -> (World, Vec<AttentionDeliveryMessage>, u64, Option<String>) {
    let w = world().await;
    let out = tempfile::tempdir().expect("tempdir");
    let server = w
        .serve_viewer(ServePolicy {
            attention: Some(attention_policy(out.path(), BATCH)),
            ..ServePolicy::default()
        })
        .await;
    let mut events = server.subscribe();
    let before = w.balances().await;

    let (net, mut inbound) = network::spawn(
        keypair(&w.advertiser().comm).expect("keypair"),
        &NetConfig::default(),
    )
    .expect("net");
    let sent = Arc::new(Mutex::new(Vec::new()));
    let fake = tokio::spawn({
        let net = net.clone();
        let content = w.content.clone();
        let domain = w.advertiser().client.payment_channel_domain();
        let wallet = w.advertiser().wallet.clone();
        let comm = w.advertiser().comm.clone();
        let sent = sent.clone();
        async move {
            let mut next = 0u64;
            while let Some(req) = inbound.recv().await {
                let frame = match req.protocol {
                    Protocol::Listing => serve_listing(content.as_ref(), &req.frame),
                    Protocol::Attention => {
                        let r = SegmentRequestMessage::decode(&req.frame.header).expect("request");
                        let mut segments: BTreeMap<u64, alloy::primitives::Bytes> = (next..=r
                            .segment)
                            .map(|i| (i, content.delivery(FORMAT, i)))
                            .collect();
                        let honest = next == 0;
                        let mut balance = r.segment + 1;
                        let mut payer = wallet.clone();
                        if !honest {
                            match cheat {
                                Cheat::Underpay => balance -= 1,
                                Cheat::WrongWallet => payer = PrivateKeySigner::random(),
                                Cheat::BadCid => {
                                    let mut bytes = segments[&r.segment].to_vec();
                                    let middle = bytes.len() / 2;
                                    bytes[middle] ^= 0x01;
                                    segments.insert(r.segment, bytes.into());
                                }
                            }
                        }
                        let msg = AttentionDeliveryMessage::sign(
                            &domain, r.channel, segments, balance, &payer, &comm,
                        )
                        .expect("sign");
                        sent.lock().expect("lock").push(msg.clone());
                        next = r.segment + 1;
                        attention_frame(&msg)
                    }
                    other => panic!("the viewer sent a {other:?} request"),
                };
                let _ = net.respond(req.protocol, req.channel, frame).await;
            }
        }
    });

    let bid = w.bid(FORMAT, RATE, 3600).await;
    let answer = net
        .request(
            server.peer_id(),
            server.addrs().to_vec(),
            Protocol::Bid,
            Frame::json(bid.encode()),
        )
        .await
        .expect("bid answer");
    let accepted = BidAccepted::from_frame(&answer).expect("bid accepted");
    let (segments, error) = tokio::time::timeout(PATIENCE, async {
        loop {
            match events.recv().await.expect("events") {
                ServeEvent::AttentionDone {
                    channel,
                    segments,
                    error,
                } => {
                    assert_eq!(channel, accepted.channel);
                    return (segments, error);
                }
                _ => continue,
            }
        }
    })
    .await
    .expect("the viewer's server ends the exchange");
    fake.abort();

    // The viewer kept exactly the honest batch...
    assert_eq!(segments, BATCH);
    let dir = out.path().join(accepted.channel.to_string());
    for i in 0..BATCH {
        let got = std::fs::read(dir.join(format!("{i:05}.ts"))).expect("segment file");
        assert!(
            got == w.content.plain[&(FORMAT.to_owned(), i)],
            "segment {i}"
        );
    }
    assert!(!dir.join(format!("{:05}.ts", 2 * BATCH - 1)).exists());
    // ... withdrew it, then closed, cashing exactly its balance; the advertiser got the rest of
    // its escrow back.
    let events = server.events();
    assert!(events.iter().any(|e| matches!(
        e,
        ServeEvent::Withdrawn { channel, balance, .. } if *channel == accepted.channel && *balance == BATCH
    )));
    assert!(events.iter().any(|e| matches!(
        e,
        ServeEvent::Closed { channel, balance, .. } if *channel == accepted.channel && *balance == BATCH
    )));
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, ServeEvent::Paid { balance, .. } if *balance > BATCH)),
        "the cheating batch was accepted"
    );
    assert_eq!(w.channels().await.len(), 1, "one attention channel");
    w.assert_settled(before, BATCH).await;
    server.shutdown().await.expect("shutdown");
    let sent = sent.lock().expect("lock").clone();
    assert_eq!(sent.len(), 2, "one honest batch and one cheating batch");
    (w, sent, segments, error)
}

#[tokio::test(flavor = "multi_thread")]
async fn an_underpaying_advertiser_is_dropped_and_paid_only_for_what_it_paid() {
    let (_w, sent, _, error) = cheated(Cheat::Underpay).await;
    assert_eq!(sent[1].balance, 2 * BATCH - 1);
    let expected = NetError::Underpaid {
        balance: 2 * BATCH - 1,
        last: 2 * BATCH - 1,
    };
    assert_eq!(error, Some(expected.to_string()));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_payment_signed_by_another_wallet_is_refused() {
    let (w, sent, _, error) = cheated(Cheat::WrongWallet).await;
    let domain = w.viewer.client.payment_channel_domain();
    let why = sent[1]
        .verify(&domain, w.advertiser().address(), w.advertiser().key())
        .expect_err("signed by a stranger");
    let why = NetError::from(why);
    assert!(matches!(why, NetError::Protocol(_)), "{why:?}");
    assert_eq!(error, Some(why.to_string()));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_segment_not_matching_the_toc_is_refused() {
    let (w, sent, _, error) = cheated(Cheat::BadCid).await;
    let last = 2 * BATCH - 1;
    let why = open_segment(
        &IpfsCodec,
        last,
        &w.content.toc_cids(FORMAT)[last as usize],
        &sent[1].segments[&last],
    )
    .expect_err("flipped byte");
    assert!(matches!(why, NetError::CidMismatch { .. }), "{why:?}");
    assert_eq!(error, Some(why.to_string()));
}

// ---------------------------------------------------------------------------------------------
// 3. Attention bids the viewer does not take.

#[tokio::test(flavor = "multi_thread")]
async fn an_attention_bid_below_the_minimum_rate_opens_nothing() {
    let w = world().await;
    let out = tempfile::tempdir().expect("tempdir");
    let server = w
        .serve_viewer(ServePolicy {
            attention: Some(AttentionPolicy {
                min_rate: RATE + 1,
                ..attention_policy(out.path(), BATCH)
            }),
            ..ServePolicy::default()
        })
        .await;
    let before = w.balances().await;
    let err = w
        .advertise(w.advertise_request(server.addrs().to_vec()))
        .await;
    assert_eq!(rejected(err), RejectCode::RateTooLow);
    w.assert_untouched(before).await;
    assert!(
        server
            .events()
            .iter()
            .all(|e| !matches!(e, ServeEvent::Opened { .. })),
        "the server opened a channel"
    );
    assert!(server.events().iter().any(|e| matches!(
        e,
        ServeEvent::Refused { reason, .. } if reason.code == RejectCode::RateTooLow
    )));
    server.shutdown().await.expect("shutdown");
    w.assert_untouched(before).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_attention_bid_to_a_viewer_without_attention_policy_opens_nothing() {
    let w = world().await;
    let server = w.serve_viewer(ServePolicy::default()).await;
    let before = w.balances().await;
    let err = w
        .advertise(w.advertise_request(server.addrs().to_vec()))
        .await;
    assert_eq!(rejected(err), RejectCode::NoAttention);
    w.assert_untouched(before).await;
    server.shutdown().await.expect("shutdown");
    w.assert_untouched(before).await;
}
