//! End-to-end exchanges in process on anvil: a publisher `Server` and a viewer `watch` over
//! loopback libp2p (content), and an advertiser `advertise` paying a viewer's `Server`
//! (attention). Catalogs are built from real encrypted bytes with Kubo-identical CIDs.

mod common;

use common::*;

use alloy::primitives::U256;
use paratii_ipfs::CidVersion;
use paratii_net::{ServeEvent, ServePolicy, WatchRequest};
use paratii_test_utils::pti;

const SEGMENTS: u64 = 5;
const SEGMENT_BYTES: usize = 300 * 1024;
const FORMAT: &str = "360p30";

fn config() -> WorldConfig {
    WorldConfig {
        formats: &[FORMAT],
        segments: SEGMENTS,
        segment_bytes: SEGMENT_BYTES,
        deposit: pti(100),
        ..WorldConfig::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_exchange_end_to_end() {
    let w = World::start(WorldConfig {
        seed: 7,
        ..config()
    })
    .await;
    let (publisher, content) = (w.publisher(), &w.content);
    let server = w.serve(withdrawing_every(2)).await;
    // The PeerId is the registered communication key's.
    assert_eq!(
        server.peer_id(),
        paratii_keys::peer_id(&publisher.comm.public_key()).unwrap()
    );
    server.publish_addrs().await.unwrap();
    assert!(
        server.publish_addrs().await.unwrap().is_none(),
        "unchanged addrs send nothing"
    );

    let out = tempfile::tempdir().unwrap();
    let before = publisher
        .client
        .deposited(publisher.address())
        .await
        .unwrap();
    let report = w
        .watch(WatchRequest {
            ahead: 2,
            ..w.watch_request(out.path())
        })
        .await
        .unwrap();
    assert_eq!(report.received, (0..SEGMENTS).collect::<Vec<_>>());
    assert!(report.missing.is_empty());
    for index in 0..SEGMENTS {
        let got = std::fs::read(out.path().join(FORMAT).join(format!("{index:05}.ts"))).unwrap();
        assert_eq!(
            got,
            content.plain[&(FORMAT.to_owned(), index)],
            "segment {index}"
        );
    }
    let all = std::fs::read(&report.concatenated).unwrap();
    assert_eq!(all.len(), SEGMENT_BYTES * SEGMENTS as usize);
    let playlist = std::fs::read_to_string(&report.playlist).unwrap();
    assert_eq!(playlist.matches("#EXTINF").count(), SEGMENTS as usize);

    // The publisher cashed the whole video: withdrawn on the way, closed when fully paid.
    let price = w.price();
    let after = publisher
        .client
        .deposited(publisher.address())
        .await
        .unwrap();
    assert_eq!(after - before, price * U256::from(SEGMENTS));
    assert_eq!(report.paid_wei, price * U256::from(SEGMENTS));
    let events = server.events();
    assert!(
        events
            .iter()
            .any(|e| matches!(e, ServeEvent::Withdrawn { .. }))
    );
    assert!(
        events
            .iter()
            .any(|e| matches!(e, ServeEvent::Closed { balance, .. } if *balance == SEGMENTS))
    );
    assert!(w.closed_on_chain(report.channel).await);
    server.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attention_exchange_end_to_end() {
    let w = World::start(WorldConfig {
        owner: Owner::Advertiser,
        seed: 9,
        version: CidVersion::V0,
        ..config()
    })
    .await;
    let (viewer, content) = (&w.viewer, &w.content);
    let out = tempfile::tempdir().unwrap();
    let server = w
        .serve_viewer(ServePolicy {
            attention: Some(attention_policy(out.path(), 2)),
            ..ServePolicy::default()
        })
        .await;
    server.publish_addrs().await.unwrap();
    let mut events = server.subscribe();
    let before = viewer.client.deposited(viewer.address()).await.unwrap();
    let report = w.advertise(w.advertise_request(Vec::new())).await.unwrap();
    assert_eq!(report.delivered, SEGMENTS);
    assert_eq!(report.balance, SEGMENTS);
    assert_eq!(report.receipts_checked, SEGMENTS);
    // Wait for the viewer's side to finish (it closes the channel).
    loop {
        match events.recv().await.unwrap() {
            ServeEvent::AttentionDone {
                segments, error, ..
            } => {
                assert_eq!(segments, SEGMENTS);
                assert_eq!(error, None);
                break;
            }
            _ => continue,
        }
    }
    let price = w.price();
    let after = viewer.client.deposited(viewer.address()).await.unwrap();
    assert_eq!(after - before, price * U256::from(SEGMENTS));
    let dir = out.path().join(report.channel.to_string());
    for index in 0..SEGMENTS {
        let got = std::fs::read(dir.join(format!("{index:05}.ts"))).unwrap();
        assert_eq!(got, content.plain[&(FORMAT.to_owned(), index)]);
    }
    server.shutdown().await.unwrap();
}
