//! Faults and bad input on the content exchange, in process: anvil through
//! `paratii_test_utils::TestNet`, a publisher `Server` and viewers on loopback libp2p, catalogs
//! built from real encrypted bytes with real CIDs. Every test checks the typed error (or the
//! retry) and then, on chain, that the honest side lost no funds.

mod common;

use common::*;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use alloy::primitives::{B256, U256, keccak256};
use alloy::signers::local::PrivateKeySigner;
use libp2p::PeerId;
use paratii_ipfs::CidVersion;
use paratii_net::catalog::Sealed;
use paratii_net::error::NetError;
use paratii_net::network::{self, NetConfig, Protocol};
use paratii_net::server::serve_listing;
use paratii_net::wire::{BidAccepted, RejectCode, delivery_frame};
use paratii_net::{IpfsCodec, PeerConfig, ServeEvent, Server, WatchRequest, keypair};
use paratii_protocol::{BidMessage, BidTerms, PaymentMessage, SegmentDeliveryMessage};
use paratii_test_utils::Actor;
use paratii_test_utils::proxy::RpcProxy;

// ---------------------------------------------------------------------------------------------
// The world: anvil, a publisher with a registered key and a registered video, a funded viewer.

/// Segments per format.
const SEGMENTS: u64 = 6;
/// Seconds per segment, as registered.
const SEGMENT_SECONDS: u32 = 10;
/// Plaintext bytes per segment (a little over one 256 KiB IPFS chunk, so segments are DAGs).
const SEGMENT_BYTES: usize = 300 * 1024;
/// Formats registered and served.
const FORMATS: [&str; 2] = ["360p30", "240p30"];

async fn world() -> World {
    World::start(WorldConfig {
        formats: &FORMATS,
        segments: SEGMENTS,
        segment_seconds: SEGMENT_SECONDS,
        segment_bytes: SEGMENT_BYTES,
        ..WorldConfig::default()
    })
    .await
}

/// What goes wrong in the catalog of [`World::serve_faulty`].
#[derive(Debug, Clone, Copy)]
enum Fault {
    /// Segment `n` is served with one ciphertext byte flipped.
    Flip(u64),
    /// Segment `n` is gone (e.g. its blocks were garbage-collected).
    Missing(u64),
}

impl World {
    /// The publisher's server (withdrawing every second segment) on the world's content with
    /// `fault`.
    async fn serve_faulty(&self, fault: Fault) -> Server {
        let tamper = move |index, sealed: Sealed| match fault {
            Fault::Missing(n) if n == index => None,
            Fault::Flip(n) if n == index => {
                let mut bytes = sealed.ciphertext().to_vec();
                let middle = bytes.len() / 2;
                bytes[middle] ^= 0x01;
                Some(Sealed::new(sealed.key(), &bytes))
            }
            _ => Some(sealed),
        };
        Serving {
            catalog: Arc::new(Tampered {
                inner: self.content.clone(),
                tamper,
            }),
            ..self.serving(withdrawing_every(2))
        }
        .start()
        .await
    }

    /// A raw viewer to `server`, and the channel its bid (on the first format at [`RATE`])
    /// opened.
    async fn raw_channel(&self, server: &Server) -> (RawViewer, B256) {
        let raw = RawViewer::new(&self.viewer.comm, server);
        let bid = self.bid(FORMATS[0], RATE, 3600).await;
        let open = raw.bid(&bid).await.expect("bid accepted");
        (raw, open.channel)
    }

    /// The files the viewer wrote are exactly the publisher's plaintext of `indices`.
    fn assert_output(&self, out: &std::path::Path, indices: std::ops::Range<u64>) {
        let dir = out.join(FORMATS[0]);
        let mut expected_concat = Vec::new();
        for i in indices.clone() {
            let got = std::fs::read(dir.join(format!("{i:05}.ts"))).expect("segment file");
            let want = &self.content.plain[&(FORMATS[0].to_owned(), i)];
            assert!(&got == want, "segment {i} differs from what was published");
            expected_concat.extend_from_slice(want);
        }
        assert!(!dir.join(format!("{:05}.ts", indices.end)).exists());
        if indices.end == SEGMENTS {
            let concat = std::fs::read(out.join(format!("{}.ts", FORMATS[0]))).expect("concat");
            assert!(concat == expected_concat, "concatenated output");
        }
    }

    fn bid_with_nonce(&self, nonce: B256, expiration: u64) -> BidMessage {
        let mut video = self.video.clone();
        video.formats = vec![FORMATS[0].to_owned()];
        self.viewer
            .bid_at(nonce, &video, RATE, expiration, self.publisher().key())
            .expect("bid")
    }
}

// ---------------------------------------------------------------------------------------------
// The tests.

#[tokio::test(flavor = "multi_thread")]
async fn a_clean_stream_pays_exactly_what_it_receives() {
    let w = world().await;
    let server = w.serve(withdrawing_every(2)).await;
    let before = w.balances().await;
    let out = tempfile::tempdir().expect("tempdir");
    let report = w
        .watch(w.watch_request_to(&server, out.path()))
        .await
        .expect("watch");
    assert_eq!(report.received, (0..SEGMENTS).collect::<Vec<_>>());
    assert_eq!(report.paid_segments, SEGMENTS);
    assert_eq!(report.paid_wei, w.price() * U256::from(SEGMENTS));
    server.shutdown().await.expect("shutdown");
    w.assert_output(out.path(), 0..SEGMENTS);
    w.assert_settled(before, SEGMENTS).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn disconnect_mid_stream_resumes_from_the_last_paid_balance() {
    let w = world().await;
    let server = w.serve(withdrawing_every(2)).await;
    let before = w.balances().await;
    let (raw, channel) = w.raw_channel(&server).await;
    let pay = |b| w.viewer.pay(channel, b).expect("payment");

    let first = raw.pay(&pay(2)).await.expect("segments 0 and 1");
    assert_eq!(first.keys().copied().collect::<Vec<_>>(), vec![0, 1]);
    // The link drops before the viewer knows whether its answer arrived; it reconnects and sends
    // the same payment again: the same segments come back, and nothing more is owed.
    server
        .network()
        .disconnect(raw.net.peer_id())
        .await
        .expect("disconnect");
    let again = raw
        .pay_resending(&pay(2))
        .await
        .expect("redelivery after reconnect");
    assert_eq!(again, first);
    // Streaming resumes from balance 2.
    for b in 3..=SEGMENTS {
        let got = raw.pay_resending(&pay(b)).await.expect("resumed");
        assert_eq!(got.keys().copied().collect::<Vec<_>>(), vec![b - 1]);
        if b == 4 {
            server
                .network()
                .disconnect(raw.net.peer_id())
                .await
                .expect("disconnect");
        }
    }
    // Each segment delivered once, in order.
    assert_eq!(delivered(&server), (0..SEGMENTS).collect::<Vec<_>>());
    server.shutdown().await.expect("shutdown");
    w.assert_settled(before, SEGMENTS).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn watch_survives_dropped_connections() {
    let w = world().await;
    let server = w.serve(withdrawing_every(2)).await;
    let before = w.balances().await;
    let mut events = server.subscribe();
    let net = server.network().clone();
    let viewer_peer = PeerId::from(keypair(&w.viewer.comm).expect("keypair").public());
    // Cut the link right after every second payment is accepted: the viewer redials and resends.
    let cuts = Arc::new(AtomicU32::new(0));
    let cutter = tokio::spawn({
        let cuts = cuts.clone();
        async move {
            while let Ok(e) = events.recv().await {
                if let ServeEvent::Paid { balance, .. } = e
                    && balance % 2 == 0
                    && net.disconnect(viewer_peer).await.is_ok()
                {
                    cuts.fetch_add(1, Ordering::SeqCst);
                }
            }
        }
    });
    let out = tempfile::tempdir().expect("tempdir");
    let report = w
        .watch(w.watch_request_to(&server, out.path()))
        .await
        .expect("watch");
    assert_eq!(report.received, (0..SEGMENTS).collect::<Vec<_>>());
    assert_eq!(report.paid_segments, SEGMENTS);
    assert_eq!(delivered(&server), (0..SEGMENTS).collect::<Vec<_>>());
    server.shutdown().await.expect("shutdown");
    cutter.abort();
    assert!(cuts.load(Ordering::SeqCst) >= 1, "the link was never cut");
    w.assert_output(out.path(), 0..SEGMENTS);
    w.assert_settled(before, SEGMENTS).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn corrupted_segment_is_refused_and_costs_at_most_the_ahead_window() {
    let w = world().await;
    let bad = 3;
    let server = w.serve_faulty(Fault::Flip(bad)).await;
    let before = w.balances().await;
    let out = tempfile::tempdir().expect("tempdir");
    let err = w
        .watch(w.watch_request_to(&server, out.path()))
        .await
        .unwrap_err();
    match &err {
        NetError::CidMismatch { what, expected, .. } => {
            assert_eq!(what, &format!("segment {bad}"));
            assert_eq!(expected, &w.content.toc_cids(FORMATS[0])[bad as usize]);
        }
        other => panic!("expected a CID mismatch, got {other:?}"),
    }
    server.shutdown().await.expect("shutdown");
    // Segments 0..bad were checked and written, nothing of the corrupted one.
    w.assert_output(out.path(), 0..bad);
    // The viewer had paid for segment `bad` (ahead = 1) before seeing it: that one payment is
    // its whole exposure; the rest of the escrow came back at close.
    w.assert_settled(before, bad + 1).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_segment_is_refused_and_not_cashed() {
    let w = world().await;
    let gone = 2;
    let server = w.serve_faulty(Fault::Missing(gone)).await;
    let before = w.balances().await;
    let out = tempfile::tempdir().expect("tempdir");
    let err = w
        .watch(w.watch_request_to(&server, out.path()))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, NetError::Rejected(r) if r.code == RejectCode::Internal),
        "{err:?}"
    );
    server.shutdown().await.expect("shutdown");
    w.assert_output(out.path(), 0..gone);
    // The publisher could not deliver segment `gone`, so it must not cash the payment for it.
    w.assert_settled(before, gone).await;
}

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

#[tokio::test(flavor = "multi_thread")]
async fn chain_rpc_down_for_a_while_then_back() {
    let w = world().await;
    let proxy = RpcProxy::start(w.net.url()).await.expect("proxy");
    let chain = paratii_chain::Client::connect(
        &proxy.url(),
        Some(w.publisher().wallet.clone()),
        w.net.deployment().clone(),
    )
    .await
    .expect("client through the proxy");
    let server = Serving {
        config: PeerConfig::new(chain, w.publisher().comm.clone()).into(),
        ..w.serving(withdrawing_every(2))
    }
    .start()
    .await;
    let before = w.balances().await;

    // Down before a bid: the publisher cannot check it on chain, and says so; nothing opens.
    proxy.take_down();
    let out = tempfile::tempdir().expect("tempdir");
    let err = w
        .watch(w.watch_request_to(&server, out.path()))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, NetError::Rejected(r) if r.code == RejectCode::Internal),
        "{err:?}"
    );
    assert!(proxy.refused() >= 1, "the publisher never tried the chain");
    w.assert_untouched(before).await;

    // Up for the bid, down while streaming: payments are off chain, so streaming goes on; the
    // withdrawals fail and are retried.
    proxy.bring_up();
    let mut events = server.subscribe();
    let downer = tokio::spawn(async move {
        while let Ok(e) = events.recv().await {
            if matches!(e, ServeEvent::Opened { .. }) {
                return true;
            }
        }
        false
    });
    let req = w.watch_request_to(&server, out.path());
    let watching = tokio::spawn({
        let viewer = w.viewer.clone();
        async move {
            paratii_net::watch(
                PeerConfig::new(viewer.client.clone(), viewer.comm.clone()),
                Arc::new(IpfsCodec),
                req,
            )
            .await
        }
    });
    assert!(downer.await.expect("events"));
    proxy.take_down();
    let refused = proxy.refused();
    let report = watching
        .await
        .expect("task")
        .expect("watch while the RPC is down");
    assert_eq!(report.received, (0..SEGMENTS).collect::<Vec<_>>());
    proxy.wait_refused(refused + 1).await;
    // Back: shutdown closes with the latest payment; every paid segment is cashed.
    proxy.bring_up();
    server
        .shutdown()
        .await
        .expect("shutdown after the RPC is back");
    w.assert_output(out.path(), 0..SEGMENTS);
    w.assert_settled(before, SEGMENTS).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_delivery_signed_by_another_key_is_refused_within_the_ahead_window() {
    let w = world().await;
    // A dishonest publisher: the owner key's identity (so the viewer dials it), a real channel,
    // real segments, but deliveries signed by some other key.
    let (net, mut inbound) = network::spawn(
        keypair(&w.publisher().comm).expect("keypair"),
        &NetConfig::default(),
    )
    .expect("net");
    let addr = net.listen(paratii_net::loopback()).await.expect("listen");
    let before = w.balances().await;
    let forger = PrivateKeySigner::random();
    let content = w.content.clone();
    let chain = w.publisher().client.clone();
    let seen = Arc::new(std::sync::Mutex::new(None));
    let fake = tokio::spawn({
        let seen = seen.clone();
        async move {
            let domain = chain.payment_channel_domain();
            let mut opened = None;
            while let Some(req) = inbound.recv().await {
                let frame = match req.protocol {
                    Protocol::Listing => serve_listing(content.as_ref(), &req.frame),
                    Protocol::Bid => {
                        let bid = BidMessage::decode(&req.frame.header).expect("bid");
                        let o = chain.open(&bid).await.expect("open");
                        let answer = BidAccepted {
                            channel: o.id,
                            tx: o.tx.hash,
                        };
                        opened = Some(o);
                        answer.to_frame()
                    }
                    Protocol::Pay => {
                        let p = PaymentMessage::decode(&req.frame.header).expect("payment");
                        let segments = (0..p.balance)
                            .map(|i| (i, content.delivery(FORMATS[0], i)))
                            .collect();
                        let m = SegmentDeliveryMessage::sign(&domain, p.channel, segments, &forger)
                            .expect("sign");
                        if let Ok(mut seen) = seen.lock() {
                            *seen = opened.clone().map(|o| (o, p));
                        }
                        delivery_frame(&m)
                    }
                    Protocol::Attention | Protocol::Keys | Protocol::Close => continue,
                };
                let _ = net.respond(req.protocol, req.channel, frame).await;
            }
        }
    });
    let out = tempfile::tempdir().expect("tempdir");
    let err = w
        .watch(WatchRequest {
            peer: vec![addr],
            ..w.watch_request(out.path())
        })
        .await
        .unwrap_err();
    assert!(matches!(err, NetError::Protocol(_)), "{err:?}");
    fake.abort();
    w.assert_output(out.path(), 0..0);
    // The viewer stopped at the first forged delivery: the dishonest publisher holds one signed
    // payment (the `ahead` window) and no more. It cashes it; the rest of the escrow returns.
    let (opened, payment) = seen
        .lock()
        .expect("lock")
        .clone()
        .expect("a payment arrived");
    assert_eq!(payment.balance, 1);
    w.publisher()
        .client
        .close(
            opened.id,
            &opened.channel,
            Some((payment.balance, &payment.wallet_signature)),
        )
        .await
        .expect("close");
    w.assert_settled(before, 1).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pipelined_viewer_pays_by_halves_and_stops_within_the_ahead_window() {
    let w = world().await;
    let ahead = 4;
    let server = w.serve(withdrawing_every(2)).await;
    let out = tempfile::tempdir().expect("tempdir");
    let report = w
        .watch(WatchRequest {
            ahead,
            ..w.watch_request_to(&server, out.path())
        })
        .await
        .expect("watch");
    assert_eq!(report.received, (0..SEGMENTS).collect::<Vec<_>>());
    // Half of `ahead` a payment, two in flight (R28): 2 and 4 at once, 6 once 0..2 was checked.
    assert_eq!(paid_balances(&server), vec![2, 4, 6]);
    server.shutdown().await.expect("shutdown");
    w.assert_output(out.path(), 0..SEGMENTS);

    // Segment 3 corrupted: payment 4 went out with payment 2, payment 6 (perhaps) once 0..2 was
    // checked, while 2..4 arrived; 3 fails its CID check.
    let bad = 3;
    let server = w.serve_faulty(Fault::Flip(bad)).await;
    let before = w.balances().await;
    let out = tempfile::tempdir().expect("tempdir");
    let err = w
        .watch(WatchRequest {
            ahead,
            ..w.watch_request_to(&server, out.path())
        })
        .await
        .unwrap_err();
    assert!(matches!(err, NetError::CidMismatch { .. }), "{err:?}");
    // The last payment may still be on its way when the viewer stops.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let paid = paid_balances(&server).into_iter().max().unwrap_or(0);
    assert!(
        paid == 4 || paid == 6,
        "paid {paid}: at least the payment sent before segment 3 arrived, never past 2 checked + {ahead}"
    );
    server.shutdown().await.expect("shutdown");
    w.assert_output(out.path(), 0..bad);
    w.assert_settled(before, paid).await;
}
