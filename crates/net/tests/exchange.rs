//! End-to-end exchanges in process on anvil: a publisher `Server` and a viewer `watch` over
//! loopback libp2p (content), and an advertiser `advertise` paying a viewer's `Server`
//! (attention). Catalogs are built from real encrypted bytes with Kubo-identical CIDs.

mod common;

use common::*;
use paratii_net::IpfsCodec;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::{U256, keccak256};
use paratii_chain::NewVideo;
use paratii_ipfs::CidVersion;
use paratii_net::{
    AdvertiseRequest, AttentionPolicy, PeerConfig, ServeEvent, ServePolicy, Server, WatchRequest,
};
use paratii_test_utils::{Actor, TestNet, pti};

const SEGMENTS: u64 = 5;
const SEGMENT_SECONDS: u32 = 10;
const SEGMENT_BYTES: usize = 300 * 1024;
const FORMATS: [&str; 1] = ["360p30"];
const RATE: u128 = 1_000_000_000_000_000;

async fn register(net: &TestNet, owner: &Actor, content: &Content) -> alloy::primitives::B256 {
    let (id, _) = owner
        .client
        .register_video(&NewVideo {
            cid: content.cid.clone(),
            owner_key: owner.key(),
            title: "test".into(),
            duration: SEGMENT_SECONDS * SEGMENTS as u32,
            segment_length: SEGMENT_SECONDS,
            segment_size: 512,
            formats: FORMATS.iter().map(|f| (*f).to_owned()).collect(),
        })
        .await
        .unwrap();
    let _ = net;
    id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_exchange_end_to_end() {
    let net = TestNet::start().await.unwrap();
    let publisher = net.actor("publisher", 1, pti(10)).await.unwrap();
    let viewer = net.actor("viewer", 2, pti(1_000)).await.unwrap();
    publisher.register_key().await.unwrap();
    viewer.client.deposit(pti(100)).await.unwrap();
    let content = Arc::new(Content::build(
        7,
        CidVersion::V1,
        &FORMATS,
        SEGMENTS,
        SEGMENT_BYTES,
    ));
    let video = register(&net, &publisher, &content).await;

    let policy = ServePolicy {
        withdraw_every: 2,
        ..ServePolicy::default()
    };
    let server = Server::start(
        PeerConfig::new(publisher.client.clone(), publisher.comm.clone()),
        content.clone(),
        Arc::new(IpfsCodec),
        policy,
    )
    .await
    .unwrap();
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
    let report = paratii_net::watch(
        PeerConfig::new(viewer.client.clone(), viewer.comm.clone()),
        Arc::new(IpfsCodec),
        WatchRequest {
            video,
            format: "360p30".into(),
            rate: RATE,
            expiry_secs: 3600,
            ahead: 2,
            max_segments: None,
            out: out.path().to_path_buf(),
            peer: Vec::new(),
            delivery: Default::default(),
            close_at_end: true,
            state: None,
            pace: None,
            patience: paratii_net::SessionRequest::PATIENCE,
        },
    )
    .await
    .unwrap();
    assert_eq!(report.received, (0..SEGMENTS).collect::<Vec<_>>());
    assert!(report.missing.is_empty());
    for index in 0..SEGMENTS {
        let got = std::fs::read(out.path().join("360p30").join(format!("{index:05}.ts"))).unwrap();
        assert_eq!(
            got,
            content.plain[&("360p30".to_owned(), index)],
            "segment {index}"
        );
    }
    let all = std::fs::read(&report.concatenated).unwrap();
    assert_eq!(all.len(), SEGMENT_BYTES * SEGMENTS as usize);
    let playlist = std::fs::read_to_string(&report.playlist).unwrap();
    assert_eq!(playlist.matches("#EXTINF").count(), SEGMENTS as usize);

    // The publisher cashed the whole video: withdrawn on the way, closed when fully paid.
    let price = U256::from(RATE) * U256::from(SEGMENT_SECONDS);
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
    assert!(
        publisher
            .client
            .channel_hash(report.channel)
            .await
            .unwrap()
            .is_zero()
    );
    server.shutdown().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attention_exchange_end_to_end() {
    let net = TestNet::start().await.unwrap();
    let advertiser = net.actor("advertiser", 3, pti(1_000)).await.unwrap();
    let viewer = net.actor("viewer", 2, pti(10)).await.unwrap();
    advertiser.register_key().await.unwrap();
    viewer.register_key().await.unwrap();
    advertiser.client.deposit(pti(100)).await.unwrap();
    let content = Arc::new(Content::build(
        9,
        CidVersion::V0,
        &FORMATS,
        SEGMENTS,
        SEGMENT_BYTES,
    ));
    let video = register(&net, &advertiser, &content).await;

    let out = tempfile::tempdir().unwrap();
    let policy = ServePolicy {
        attention: Some(AttentionPolicy {
            min_rate: 1,
            out: out.path().to_path_buf(),
            batch: 2,
            withdraw_every: 2,
            gate: None,
        }),
        ..ServePolicy::default()
    };
    let server = Server::start(
        PeerConfig::new(viewer.client.clone(), viewer.comm.clone()),
        Arc::new(Content::build(
            1,
            CidVersion::V0,
            &FORMATS,
            SEGMENTS,
            SEGMENT_BYTES,
        )),
        Arc::new(IpfsCodec),
        policy,
    )
    .await
    .unwrap();
    server.publish_addrs().await.unwrap();
    let mut events = server.subscribe();
    let before = viewer.client.deposited(viewer.address()).await.unwrap();
    let report = paratii_net::advertise(
        PeerConfig::new(advertiser.client.clone(), advertiser.comm.clone()),
        content.clone(),
        AdvertiseRequest {
            viewer: viewer.address(),
            viewer_key: None,
            video,
            format: "360p30".into(),
            rate: RATE,
            expiry_secs: 3600,
            peer: Vec::new(),
            idle_timeout: Duration::from_secs(120),
        },
    )
    .await
    .unwrap();
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
    let price = U256::from(RATE) * U256::from(SEGMENT_SECONDS);
    let after = viewer.client.deposited(viewer.address()).await.unwrap();
    assert_eq!(after - before, price * U256::from(SEGMENTS));
    let dir = out.path().join(report.channel.to_string());
    for index in 0..SEGMENTS {
        let got = std::fs::read(dir.join(format!("{index:05}.ts"))).unwrap();
        assert_eq!(got, content.plain[&("360p30".to_owned(), index)]);
    }
    let _ = BTreeMap::<u8, u8>::new();
    let _ = keccak256(b"");
    server.shutdown().await.unwrap();
}
