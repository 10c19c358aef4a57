//! End-to-end exchanges in process on anvil: a publisher `Server` and a viewer `watch` over
//! loopback libp2p (content), and an advertiser `advertise` paying a viewer's `Server`
//! (attention). Catalogs are built from real encrypted bytes with Kubo-identical CIDs.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use alloy::primitives::{U256, keccak256};
use bytes::Bytes;
use paratii_chain::NewVideo;
use paratii_ipfs::{AddOptions, Cid, CidVersion};
use paratii_media::{Directory, TableOfContents, VideoSecret, encrypt_segment, segment_key};
use paratii_net::catalog::{Catalog, ContentCodec, KEY_LEN, Listing, Sealed};
use paratii_net::error::NetError;
use paratii_net::{
    AdvertiseRequest, AttentionPolicy, PeerConfig, ServeEvent, ServePolicy, Server, WatchRequest,
};
use paratii_test_utils::{Actor, TestNet, pti};

const SEGMENTS: u64 = 5;
const SEGMENT_SECONDS: u32 = 10;
const SEGMENT_BYTES: usize = 300 * 1024;
const FORMATS: [&str; 1] = ["360p30"];
const RATE: u128 = 1_000_000_000_000_000;

/// Deterministic, incompressible bytes for segment `index` of `format`.
fn plaintext(format: &str, index: u64, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 32);
    let mut block = keccak256(format!("{format}/{index}"));
    while out.len() < len {
        out.extend_from_slice(block.as_slice());
        block = keccak256(block);
    }
    out.truncate(len);
    out
}

fn cid_of(data: &[u8], version: CidVersion) -> Cid {
    paratii_ipfs::import(
        data,
        AddOptions {
            cid_version: version,
        },
    )
    .root
}

/// A video as a publisher holds it: segment keys, ciphertexts, tables of contents, directory.
#[derive(Debug)]
struct Content {
    cid: String,
    directory: Bytes,
    tocs: BTreeMap<String, Bytes>,
    sealed: BTreeMap<(String, u64), Sealed>,
    plain: BTreeMap<(String, u64), Vec<u8>>,
}

impl Content {
    fn build(seed: u8, version: CidVersion) -> Self {
        let secret = VideoSecret([seed; 32]);
        let mut tocs = BTreeMap::new();
        let mut dir = BTreeMap::new();
        let mut sealed = BTreeMap::new();
        let mut plain = BTreeMap::new();
        for format in FORMATS {
            let mut toc = Vec::new();
            for index in 0..SEGMENTS {
                let mut pt = plaintext(format, index, SEGMENT_BYTES);
                pt[0] = seed;
                let key = segment_key(&secret, format, index);
                let ct = encrypt_segment(&key, index, &pt);
                toc.push(cid_of(&ct, version));
                sealed.insert(
                    (format.to_owned(), index),
                    Sealed {
                        key,
                        ciphertext: Bytes::from(ct),
                    },
                );
                plain.insert((format.to_owned(), index), pt);
            }
            let toc = TableOfContents(toc).to_json();
            dir.insert(format.to_owned(), cid_of(&toc, version));
            tocs.insert(format.to_owned(), Bytes::from(toc));
        }
        let directory = Directory(dir).to_json();
        Self {
            cid: cid_of(&directory, version).to_string(),
            directory: Bytes::from(directory),
            tocs,
            sealed,
            plain,
        }
    }
}

impl Catalog for Content {
    fn listing(&self, cid: &str, format: &str) -> Result<Listing, NetError> {
        if cid != self.cid {
            return Err(NetError::Catalog(format!("no video {cid}")));
        }
        let toc = self
            .tocs
            .get(format)
            .ok_or_else(|| NetError::Catalog(format!("no format {format}")))?;
        Ok(Listing {
            directory: self.directory.clone(),
            toc: toc.clone(),
        })
    }

    fn segment(&self, cid: &str, format: &str, index: u64) -> Result<Sealed, NetError> {
        if cid != self.cid {
            return Err(NetError::Catalog(format!("no video {cid}")));
        }
        self.sealed
            .get(&(format.to_owned(), index))
            .cloned()
            .ok_or_else(|| NetError::Catalog(format!("no segment {format}/{index}")))
    }
}

/// The real codec: Kubo-identical CIDs and HLS AES-128.
#[derive(Debug)]
struct RealCodec;

impl ContentCodec for RealCodec {
    fn cid(&self, data: &[u8], like: &str) -> Result<String, NetError> {
        let like: Cid = like
            .parse()
            .map_err(|e: paratii_ipfs::IpfsError| NetError::Malformed {
                what: "CID",
                reason: e.to_string(),
            })?;
        Ok(cid_of(data, like.version()).to_string())
    }

    fn decrypt(
        &self,
        key: &[u8; KEY_LEN],
        index: u64,
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, NetError> {
        paratii_media::decrypt_segment(key, index, ciphertext).map_err(|e| NetError::Decrypt {
            index,
            reason: e.to_string(),
        })
    }
}

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
    let content = Arc::new(Content::build(7, CidVersion::V1));
    let video = register(&net, &publisher, &content).await;

    let policy = ServePolicy {
        withdraw_every: 2,
        ..ServePolicy::default()
    };
    let server = Server::start(
        PeerConfig::new(publisher.client.clone(), publisher.comm.clone()),
        content.clone(),
        Arc::new(RealCodec),
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
        Arc::new(RealCodec),
        WatchRequest {
            video,
            format: "360p30".into(),
            rate: RATE,
            expiry_secs: 3600,
            ahead: 2,
            max_segments: None,
            out: out.path().to_path_buf(),
            peer: Vec::new(),
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
    let content = Arc::new(Content::build(9, CidVersion::V0));
    let video = register(&net, &advertiser, &content).await;

    let out = tempfile::tempdir().unwrap();
    let policy = ServePolicy {
        attention: Some(AttentionPolicy {
            min_rate: 1,
            out: out.path().to_path_buf(),
            batch: 2,
            withdraw_every: 2,
        }),
        ..ServePolicy::default()
    };
    let server = Server::start(
        PeerConfig::new(viewer.client.clone(), viewer.comm.clone()),
        Arc::new(Content::build(1, CidVersion::V0)),
        Arc::new(RealCodec),
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
