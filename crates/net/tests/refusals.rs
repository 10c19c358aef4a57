//! Refusals on the content exchange, in process (the world of `faults.rs`): bad signatures,
//! replayed and stale payments and bids, missing funds, unknown videos and formats, revoked keys.
//! Each is a typed error, and on chain the honest side lost no funds.

mod common;
#[path = "faults/setup.rs"]
mod setup;

use common::*;
use setup::*;

use std::sync::Arc;

use alloy::primitives::{B256, U256, keccak256};
use alloy::signers::local::PrivateKeySigner;
use paratii_ipfs::CidVersion;
use paratii_net::error::NetError;
use paratii_net::wire::RejectCode;
use paratii_net::{IpfsCodec, PeerConfig, WatchRequest};
use paratii_protocol::{BidTerms, PaymentMessage};
use paratii_test_utils::Actor;

#[tokio::test(flavor = "multi_thread")]
async fn bad_signatures_are_refused() {
    let w = world().await;
    let server = w.serve(withdrawing_every(2)).await;
    let before = w.balances().await;
    let raw = RawViewer::new(&w.viewer.comm, &server);
    // A bid whose communication-key signature is by another key than its `bidder key`.
    let good = w.bid(FORMATS[0], RATE, 3600).await;
    let intruder = PrivateKeySigner::random();
    let forged = BidTerms {
        ..good.terms.clone()
    }
    .sign(
        &w.viewer.client.payment_channel_domain(),
        &w.viewer.wallet,
        &intruder,
    )
    .expect("sign");
    assert_eq!(rejected(raw.bid(&forged).await), RejectCode::BadSignature);
    w.assert_untouched(before).await;

    // A payment whose wallet signature is not the payer's.
    let open = raw.bid(&good).await.expect("bid accepted");
    let stranger = PaymentMessage::sign(
        &w.viewer.client.payment_channel_domain(),
        open.channel,
        1,
        &PrivateKeySigner::random(),
        &w.viewer.comm,
    )
    .expect("sign");
    assert_eq!(rejected(raw.pay(&stranger).await), RejectCode::BadSignature);
    // A payment the viewer really signed, sent over another peer's connection (someone who saw
    // it): refused, because only the bidder key's own noise session pays on the channel.
    let eavesdropper = RawViewer::new(&intruder, &server);
    let genuine = w.viewer.pay(open.channel, 1).expect("payment");
    assert_eq!(
        rejected(eavesdropper.pay(&genuine).await),
        RejectCode::BadSignature
    );
    assert!(delivered(&server).is_empty());
    // The payment's communication signature is not what authenticates it (the session is, see
    // docs/PROTOCOL.md): the right wallet signature with another key's signature, over the
    // bidder key's own session, is accepted.
    let other_comm = PaymentMessage::sign(
        &w.viewer.client.payment_channel_domain(),
        open.channel,
        1,
        &w.viewer.wallet,
        &intruder,
    )
    .expect("sign");
    assert_eq!(
        raw.pay(&other_comm)
            .await
            .expect("accepted")
            .keys()
            .copied()
            .collect::<Vec<_>>(),
        vec![0]
    );
    server.shutdown().await.expect("shutdown");
    // The forged payments moved nothing; the genuine one is cashed.
    w.assert_settled(before, 1).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn replayed_and_stale_payments_are_never_paid_twice() {
    let w = world().await;
    let server = w.serve(withdrawing_every(2)).await;
    let before = w.balances().await;
    let (raw, channel) = w.raw_channel(&server).await;
    let pay = |b| w.viewer.pay(channel, b).expect("payment");
    let two = raw.pay(&pay(2)).await.expect("segments 0, 1");
    let three = raw.pay(&pay(3)).await.expect("segment 2");
    assert_eq!(three.keys().copied().collect::<Vec<_>>(), vec![2]);
    // The payment before the last, replayed (as a viewer with two in flight resends both after
    // a broken stream, R28): the same delivery again, and nothing more is owed.
    assert_eq!(raw.pay(&pay(2)).await.expect("answered again"), two);
    let four = raw.pay(&pay(4)).await.expect("segment 3");
    assert_eq!(four.keys().copied().collect::<Vec<_>>(), vec![3]);
    // An older payment, replayed: refused, it buys nothing.
    assert_eq!(rejected(raw.pay(&pay(2)).await), RejectCode::StalePayment);
    // A lower one, freshly signed: refused.
    assert_eq!(rejected(raw.pay(&pay(1)).await), RejectCode::StalePayment);
    // More than the video has: refused.
    assert_eq!(
        rejected(raw.pay(&pay(SEGMENTS + 1)).await),
        RejectCode::StalePayment
    );
    // A payment for a channel that does not exist.
    let other = w.viewer.pay(B256::repeat_byte(7), 1).expect("payment");
    assert_eq!(rejected(raw.pay(&other).await), RejectCode::UnknownChannel);
    assert!(!two.is_empty());
    assert_eq!(delivered(&server), vec![0, 1, 2, 3]);
    server.shutdown().await.expect("shutdown");
    w.assert_settled(before, 4).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn replayed_bid_stale_nonce_and_expired_bid_open_nothing() {
    let w = world().await;
    let server = w.serve(withdrawing_every(2)).await;
    let raw = RawViewer::new(&w.viewer.comm, &server);
    let before = w.balances().await;

    // Expired: its expiration is already past on chain.
    let now = w.net.now().await.expect("now");
    let expired = w.bid_with_nonce(B256::ZERO, now - 1);
    assert_eq!(
        rejected(raw.bid(&expired).await),
        RejectCode::ExpiryOutOfWindow
    );
    // Stale nonce: not the payer's current nonce.
    let stale = w.bid_with_nonce(B256::repeat_byte(0x11), now + 3600);
    assert_eq!(rejected(raw.bid(&stale).await), RejectCode::ChainCheck);
    w.assert_untouched(before).await;

    // One good bid opens one channel...
    let bid = w.bid(FORMATS[0], RATE, 3600).await;
    raw.bid(&bid).await.expect("bid accepted");
    let escrow = U256::from(RATE) * U256::from(SEGMENTS * u64::from(SEGMENT_SECONDS));
    assert_eq!(w.balances().await.1, before.1 - escrow);
    // ... and the same bid again opens nothing more (the nonce moved on).
    assert_eq!(rejected(raw.bid(&bid).await), RejectCode::ChainCheck);
    assert_eq!(w.balances().await.1, before.1 - escrow, "escrowed twice");
    assert_eq!(
        w.net
            .holder
            .channels_of(w.viewer.address())
            .await
            .expect("channels")
            .len(),
        1
    );
    server.shutdown().await.expect("shutdown");
    w.assert_settled(before, 0).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn insufficient_funds_is_refused_before_opening() {
    let w = world().await;
    // Withdraw all but less than one escrow (rate x duration).
    let escrow = U256::from(RATE) * U256::from(SEGMENTS * u64::from(SEGMENT_SECONDS));
    w.viewer
        .client
        .withdraw(w.config.deposit - escrow + U256::from(1))
        .await
        .expect("withdraw");
    let server = w.serve(withdrawing_every(2)).await;
    let before = w.balances().await;
    let out = tempfile::tempdir().expect("tempdir");
    // The viewer says so itself, in PTI, before it bids.
    let err = w
        .watch(w.watch_request_to(&server, out.path()))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, NetError::InsufficientDeposit { available, required }
            if *required == escrow && *available == escrow - U256::from(1)),
        "{err:?}"
    );
    assert!(err.to_string().contains(" PTI"), "{err}");
    // A bid made anyway is refused by the publisher's own check, which says PTI too.
    let raw = RawViewer::new(&w.viewer.comm, &server);
    match raw.bid(&w.bid(FORMATS[0], RATE, 3600).await).await {
        Err(NetError::Rejected(r)) => {
            assert_eq!(r.code, RejectCode::ChainCheck);
            assert!(
                r.detail.contains(" PTI") && !r.detail.contains("000000000000"),
                "{}",
                r.detail
            );
        }
        other => panic!("expected a chain-check refusal, got {other:?}"),
    }
    server.shutdown().await.expect("shutdown");
    w.assert_untouched(before).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_video_and_format_are_typed_errors() {
    let w = world().await;
    let server = w.serve(withdrawing_every(2)).await;
    let before = w.balances().await;
    let out = tempfile::tempdir().expect("tempdir");

    let nowhere = keccak256("not a registered CID");
    let err = w
        .watch(WatchRequest {
            video: nowhere,
            ..w.watch_request_to(&server, out.path())
        })
        .await
        .unwrap_err();
    assert!(
        matches!(err, NetError::UnknownVideo(v) if v == nowhere),
        "{err:?}"
    );

    let err = w
        .watch(WatchRequest {
            format: "1080p60".into(),
            ..w.watch_request_to(&server, out.path())
        })
        .await
        .unwrap_err();
    match err {
        NetError::UnknownFormat {
            format, available, ..
        } => {
            assert_eq!(format, "1080p60");
            assert_eq!(available, FORMATS.map(str::to_owned).to_vec());
        }
        other => panic!("expected UnknownFormat, got {other:?}"),
    }

    // A raw bid on a video this publisher does not serve (registered by nobody).
    let raw = RawViewer::new(&w.viewer.comm, &server);
    let mut ghost = w.video.clone();
    ghost.cid = Content::build(9, CidVersion::V1, &FORMATS, SEGMENTS, SEGMENT_BYTES).cid;
    ghost.formats = vec![FORMATS[0].to_owned()];
    let expiration = w.net.now().await.expect("now") + 3600;
    let bid = w
        .viewer
        .bid(&ghost, RATE, expiration, w.publisher().key())
        .await
        .expect("bid");
    assert_eq!(rejected(raw.bid(&bid).await), RejectCode::UnknownVideo);
    server.shutdown().await.expect("shutdown");
    w.assert_untouched(before).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn revoked_keys_are_refused() {
    let w = world().await;
    let server = w.serve(withdrawing_every(2)).await;
    let before = w.balances().await;
    let out = tempfile::tempdir().expect("tempdir");
    // The viewer's own key, registered then revoked: the publisher refuses it before opening.
    w.viewer.register_key().await.expect("register");
    w.viewer
        .client
        .revoke_key(w.viewer.key())
        .await
        .expect("revoke");
    let err = w
        .watch(w.watch_request_to(&server, out.path()))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, NetError::Rejected(r) if r.code == RejectCode::ChainCheck),
        "{err:?}"
    );
    w.assert_untouched(before).await;

    // The publisher's key, revoked: a viewer (with a fresh key) will not deal with it.
    let viewer = Actor {
        comm: PrivateKeySigner::random(),
        ..w.viewer.clone()
    };
    w.publisher()
        .client
        .revoke_key(w.publisher().key())
        .await
        .expect("revoke");
    let err = paratii_net::watch(
        PeerConfig::new(viewer.client.clone(), viewer.comm.clone()),
        Arc::new(IpfsCodec),
        w.watch_request_to(&server, out.path()),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(err, NetError::KeyInactive { key, .. } if key == w.publisher().key()),
        "{err:?}"
    );
    server.shutdown().await.expect("shutdown");
    w.assert_untouched(before).await;
}
