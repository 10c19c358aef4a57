//! Faults on the content exchange, in process (its refusals of bad input are in `refusals.rs`):
//! anvil through `paratii_test_utils::TestNet`, a publisher `Server` and viewers on loopback
//! libp2p, catalogs built from real encrypted bytes with real CIDs. Every test checks the typed
//! error (or the retry) and then, on chain, that the honest side lost no funds.

mod common;
#[path = "faults/setup.rs"]
mod setup;

use common::*;
use setup::*;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use alloy::primitives::U256;
use alloy::signers::local::PrivateKeySigner;
use libp2p::PeerId;
use paratii_net::error::NetError;
use paratii_net::network::{self, NetConfig, Protocol};
use paratii_net::server::serve_listing;
use paratii_net::wire::{BidAccepted, RejectCode, delivery_frame};
use paratii_net::{IpfsCodec, PeerConfig, ServeEvent, WatchRequest, keypair};
use paratii_protocol::{BidMessage, PaymentMessage, SegmentDeliveryMessage};
use paratii_test_utils::proxy::RpcProxy;

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
