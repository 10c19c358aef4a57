//! Delivery mode `keys`: the viewer reads every ciphertext from IPFS (js-ipfs over the Kubo RPC
//! API, an embedded block store, or a trustless gateway), checks it against the table of contents,
//! and buys only the keys from the publisher. On anvil, with real AES-128 segments.

mod common;

use std::sync::Arc;

use alloy::primitives::U256;
use common::*;
use paratii_ipfs::test_utils::{Fault, HostileGateway, JsIpfsDaemon};
use paratii_ipfs::{AddOptions, BlockStore, CidVersion, Gateway, Ipfs, KuboRpc};
use paratii_net::catalog::{Catalog, Sealed};
use paratii_net::network::Protocol;
use paratii_net::{
    Delivery, KeySession, NetError, ServeEvent, Server, SessionRequest, WatchRequest,
};
use paratii_test_utils::pti;

const SEGMENTS: u64 = 6;
const FORMAT: &str = "240p30";

async fn world(version: CidVersion) -> World {
    World::start(WorldConfig {
        seed: 9,
        version,
        formats: &[FORMAT],
        segments: SEGMENTS,
        segment_seconds: 2,
        segment_bytes: 200 * 1024,
        deposit: pti(100),
        ..WorldConfig::default()
    })
    .await
}

impl World {
    /// The publisher's server on `catalog`, its addresses published.
    async fn server(&self, catalog: Arc<dyn Catalog>) -> Server {
        let server = Serving {
            catalog,
            ..self.serving(withdrawing_every(0))
        }
        .start()
        .await;
        server.publish_addrs().await.unwrap();
        server
    }

    fn request(&self, lookahead: u64) -> SessionRequest {
        SessionRequest {
            video: self.video.id,
            format: FORMAT.into(),
            rate: RATE,
            expiry_secs: 3600,
            lookahead,
            peer: Vec::new(),
            state: None,
            patience: SessionRequest::PATIENCE,
        }
    }

    async fn session(&self, ipfs: Arc<dyn Ipfs>, lookahead: u64) -> Result<KeySession, NetError> {
        KeySession::prepare(
            peer_config(&self.viewer),
            Arc::new(paratii_net::IpfsCodec),
            ipfs,
            self.request(lookahead),
        )
        .await
    }

    /// Every block of the video (directory, table of contents, segments) in a fresh block store.
    fn store(&self, dir: &std::path::Path) -> BlockStore {
        let store = BlockStore::open(dir).unwrap();
        let opts = AddOptions {
            cid_version: self.config.version,
        };
        let mut files = vec![self.content.directory.clone()];
        files.extend(self.content.tocs.values().cloned());
        files.extend(self.content.sealed.values().map(Sealed::ciphertext));
        for file in files {
            store
                .put_imported(&paratii_ipfs::import(&file, opts))
                .unwrap();
        }
        store
    }

    fn segment_cid(&self, index: u64) -> paratii_ipfs::Cid {
        cid_of(
            &self.content.sealed[&(FORMAT.to_owned(), index)].ciphertext(),
            self.config.version,
        )
    }
}

fn js_ipfs() -> Option<JsIpfsDaemon> {
    if !JsIpfsDaemon::available() {
        assert!(
            std::env::var_os("PARATII_REQUIRE_IPFS").is_none(),
            "PARATII_REQUIRE_IPFS is set but node or the npm package ipfs is missing: run npm ci"
        );
        eprintln!("SKIP: node or js-ipfs (npm ci) missing");
        return None;
    }
    Some(JsIpfsDaemon::start_with_gateway().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_mode_end_to_end_with_the_bytes_from_js_ipfs() {
    let Some(daemon) = js_ipfs() else { return };
    let w = world(CidVersion::V0).await;
    // The publisher pinned its upload on the node.
    let kubo = Arc::new(KuboRpc::new(daemon.url()).unwrap());
    let opts = AddOptions {
        cid_version: CidVersion::V0,
    };
    let root = kubo.add(w.content.directory.clone(), opts).await.unwrap();
    assert_eq!(root.to_string(), w.content.cid);
    for toc in w.content.tocs.values() {
        kubo.add(toc.clone(), opts).await.unwrap();
    }
    for sealed in w.content.sealed.values() {
        kubo.add(sealed.ciphertext(), opts).await.unwrap();
    }
    let server = w.server(w.content.clone()).await;
    let before = w
        .publisher()
        .client
        .deposited(w.publisher().address())
        .await
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let report = w
        .watch(WatchRequest {
            ahead: 2,
            delivery: Delivery::Keys(kubo),
            ..w.watch_request(out.path())
        })
        .await
        .unwrap();
    assert_eq!(report.delivery, "keys");
    assert_eq!(report.received, (0..SEGMENTS).collect::<Vec<_>>());
    for index in 0..SEGMENTS {
        let got = std::fs::read(out.path().join(FORMAT).join(format!("{index:05}.ts"))).unwrap();
        assert_eq!(
            got,
            w.content.plain[&(FORMAT.to_owned(), index)],
            "segment {index}"
        );
    }
    // No ciphertext byte crossed the publisher's connection: a few hundred bytes per segment,
    // where one segment alone is 200 KiB.
    let ciphertext: u64 = w
        .content
        .sealed
        .values()
        .map(|s| s.ciphertext().len() as u64)
        .sum();
    let traffic = server.network().traffic();
    let sent = traffic.total().sent;
    assert!(
        report.bytes_from_publisher < 1024 * SEGMENTS,
        "{} bytes from the publisher",
        report.bytes_from_publisher
    );
    assert!(
        sent < ciphertext / 20,
        "the publisher sent {sent} bytes for {ciphertext} of ciphertext"
    );
    assert_eq!(traffic.of(Protocol::Pay).sent, 0, "nothing in bytes mode");
    // Every key request of the session (one per two segments, ahead 2) went over one long-lived
    // stream (R25).
    assert_eq!(traffic.of(Protocol::Keys).streams, 1, "key streams taken");
    // Paid for exactly what was delivered, and closed at the end.
    let after = w
        .publisher()
        .client
        .deposited(w.publisher().address())
        .await
        .unwrap();
    assert_eq!(after - before, w.price() * U256::from(SEGMENTS));
    assert_eq!(report.paid_segments, SEGMENTS);
    let closed = report.closed.expect("the channel was closed");
    assert_eq!(closed.balance, SEGMENTS);
    assert!(w.closed_on_chain(report.channel).await);
    server.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seek_pays_for_the_segments_played_and_stop_refunds_the_rest() {
    let w = world(CidVersion::V1).await;
    let server = w.server(w.content.clone()).await;
    let blocks = tempfile::tempdir().unwrap();
    let session = w
        .session(Arc::new(w.store(blocks.path())), 1)
        .await
        .unwrap();
    assert_eq!(session.video().segments, SEGMENTS);
    let open = session.open().await.unwrap().clone();
    let free_before = w.viewer.client.deposited(w.viewer.address()).await.unwrap();
    // Play segment 0, then seek to segment 4: the player asks for keys 0 and 4 (and the
    // lookahead buys 1 and 5 behind them).
    session.key(0).await.unwrap();
    session.key(4).await.unwrap();
    wait_for(|| session.progress().keys.len() == 4).await;
    let progress = session.progress();
    assert_eq!(
        progress.keys,
        vec![0, 1, 4, 5],
        "skipped segments 2 and 3 are not paid"
    );
    assert_eq!(progress.balance, 4);
    // Stop: the publisher closes at once with the latest payment; the rest is free again.
    let closed = session.end().await.unwrap().expect("closed");
    assert_eq!(closed.balance, 4);
    assert_eq!(closed.spent, w.price() * U256::from(4));
    assert_eq!(closed.refunded, open.channel.escrow - closed.spent);
    assert!(w.closed_on_chain(open.id).await);
    let free_after = w.viewer.client.deposited(w.viewer.address()).await.unwrap();
    assert_eq!(free_after - free_before, closed.refunded);
    // Nothing more is bought after the end.
    assert!(matches!(session.key(2).await, Err(NetError::SessionEnded)));
    let mut paid = delivered(&server);
    paid.sort_unstable();
    assert_eq!(paid, vec![0, 1, 4, 5]);
    server.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_corrupt_block_from_the_gateway_is_refused_and_not_paid_for() {
    let w = world(CidVersion::V1).await;
    let server = w.server(w.content.clone()).await;
    let blocks = tempfile::tempdir().unwrap();
    let hostile = HostileGateway::serve(w.store(blocks.path())).unwrap();
    let gateway = Arc::new(Gateway::new(hostile.url()).unwrap());
    let session = w.session(gateway, 1).await.unwrap();
    session.key(0).await.unwrap();
    wait_for(|| session.progress().balance == 2).await;
    hostile.set_fault(Fault::CorruptBlock(w.segment_cid(2)));
    let err = session.key(2).await.unwrap_err();
    assert!(
        matches!(
            &err,
            NetError::Ipfs {
                source: paratii_ipfs::IpfsError::CidMismatch { .. },
                ..
            }
        ),
        "{err:?}"
    );
    // Segment 2 was never paid for: the balance stayed at the two segments received.
    assert_eq!(session.progress().balance, 2);
    assert!(
        !server.events().iter().any(|e| matches!(
            e,
            ServeEvent::Paid { segments, .. } if segments.contains(&2)
        )),
        "segment 2 must not be paid"
    );
    // The gateway recovers: the same key is bought once its block is right.
    hostile.set_fault(Fault::None);
    session.key(2).await.unwrap();
    let closed = session.end().await.unwrap().expect("closed");
    assert!(closed.balance >= 3);
    server.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_key_ends_the_session_within_the_lookahead() {
    let w = world(CidVersion::V1).await;
    let server = w
        .server(Arc::new(Tampered {
            inner: w.content.clone(),
            // Wrong keys from segment 2 on.
            tamper: |index, sealed: Sealed| {
                if index < 2 {
                    return Some(sealed);
                }
                let mut key = sealed.key();
                key[0] ^= 0xff;
                Some(Sealed::new(key, &sealed.ciphertext()))
            },
        }))
        .await;
    let blocks = tempfile::tempdir().unwrap();
    let session = w
        .session(Arc::new(w.store(blocks.path())), 2)
        .await
        .unwrap();
    session.key(0).await.unwrap();
    wait_for(|| session.progress().balance >= 2 || session.progress().failed.is_some()).await;
    // Whatever the publisher does, the viewer has paid for at most `lookahead` segments whose
    // keys it did not get right.
    let err = loop {
        match session.key(session.progress().keys.len() as u64).await {
            Ok(_) => continue,
            Err(e) => break e,
        }
    };
    assert!(
        matches!(err, NetError::BadKey { .. } | NetError::SessionFailed(_)),
        "{err:?}"
    );
    let progress = session.progress();
    assert!(progress.failed.is_some());
    let good = progress.keys.len() as u64;
    assert_eq!(good, 2, "segments 0 and 1 had right keys");
    // The publisher may cash the signed balance it got: at most lookahead beyond the good keys.
    let paid = paid_balances(&server).into_iter().max().unwrap_or(0);
    assert!(paid <= good + 2, "paid {paid} for {good} good keys");
    assert!(matches!(
        session.key(5).await,
        Err(NetError::SessionFailed(_))
    ));
    server.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn preflight_refuses_before_any_channel() {
    let w = world(CidVersion::V1).await;
    let blocks = tempfile::tempdir().unwrap();
    let store: Arc<dyn Ipfs> = Arc::new(w.store(blocks.path()));
    // The publisher is not running: offline, with the addresses tried (none published yet).
    let err = w.session(store.clone(), 1).await.unwrap_err();
    assert!(matches!(err, NetError::NoAddress { .. }), "{err:?}");
    let server = w.server(w.content.clone()).await;
    let addrs = server.addrs().to_vec();
    server.shutdown().await.unwrap();
    let err = w.session(store.clone(), 1).await.unwrap_err();
    match err {
        NetError::PublisherOffline { addrs: tried, .. } => {
            assert_eq!(
                tried,
                addrs.iter().map(ToString::to_string).collect::<Vec<_>>()
            );
        }
        other => panic!("expected PublisherOffline, got {other:?}"),
    }
    // An IPFS source without the video.
    let empty = tempfile::tempdir().unwrap();
    let err = w
        .session(Arc::new(BlockStore::open(empty.path()).unwrap()), 1)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            NetError::Ipfs {
                source: paratii_ipfs::IpfsError::NotFound(_),
                ..
            }
        ),
        "{err:?}"
    );
    // A gateway that cannot be reached.
    let err = w
        .session(Arc::new(Gateway::new("http://127.0.0.1:9").unwrap()), 1)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            NetError::Ipfs {
                source: paratii_ipfs::IpfsError::Unreachable { .. },
                ..
            }
        ),
        "{err:?}"
    );
    // A deposit too small for rate x duration: said in PTI.
    let poor = SessionRequest {
        rate: RATE * 1_000_000,
        ..w.request(1)
    };
    let err = KeySession::prepare(
        peer_config(&w.viewer),
        Arc::new(paratii_net::IpfsCodec),
        store,
        poor,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(err, NetError::InsufficientDeposit { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("PTI"), "{err}");
    // None of this opened a channel: the viewer's nonce never moved.
    assert!(
        w.viewer
            .client
            .nonce_of(w.viewer.address())
            .await
            .unwrap()
            .is_zero()
    );
}

async fn wait_for(mut done: impl FnMut() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("condition not reached in 5 s");
}
