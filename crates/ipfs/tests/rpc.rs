//! `KuboRpc` against a real Kubo-compatible RPC server: js-ipfs (npm `ipfs@0.66.1`) started by
//! `tools/ipfs/daemon.mjs` on loopback.

mod common;

use bytes::Bytes;
use common::{available, pseudo_random};
use paratii_ipfs::test_utils::JsIpfsDaemon;
use paratii_ipfs::{
    AddOptions, BlockStore, CHUNK_SIZE, CidVersion, Ipfs, IpfsError, KuboRpc, cat, import,
};

fn daemon() -> Option<JsIpfsDaemon> {
    if !available(
        "node + npm ipfs@0.66.1 (js-ipfs)",
        JsIpfsDaemon::available(),
        "npm ci in the repo root",
    ) {
        return None;
    }
    Some(JsIpfsDaemon::start().expect("start js-ipfs"))
}

#[tokio::test]
async fn kubo_rpc_add_block_has_and_cat_agree_with_import() {
    let Some(daemon) = daemon() else { return };
    let rpc = KuboRpc::new(daemon.url()).unwrap();
    let missing = import(b"never added to this node", AddOptions::default()).root;
    assert!(!rpc.has(&missing).await.unwrap());
    assert!(matches!(rpc.block(&missing).await, Err(IpfsError::NotFound(c)) if c == missing));

    for (len, version) in [
        (0, CidVersion::V0),
        (0, CidVersion::V1),
        (11, CidVersion::V0),
        (CHUNK_SIZE, CidVersion::V1),
        (2 * CHUNK_SIZE + 1, CidVersion::V0),
        (2 * CHUNK_SIZE + 1, CidVersion::V1),
        (3 * 1024 * 1024 + 99, CidVersion::V1),
    ] {
        let data = pseudo_random(len, 100 + len as u64);
        let opts = AddOptions {
            cid_version: version,
        };
        let imported = import(&data, opts);
        let root = rpc.add(Bytes::from(data.clone()), opts).await.unwrap();
        assert_eq!(root, imported.root, "{len} bytes {version:?}");
        for (cid, bytes) in &imported.blocks {
            assert!(rpc.has(cid).await.unwrap(), "has {cid}");
            assert_eq!(&rpc.block(cid).await.unwrap(), bytes, "block {cid}");
        }
        assert_eq!(cat(&rpc, &root).await.unwrap(), data);
    }
}

#[tokio::test]
async fn car_from_block_store_imports_into_js_ipfs() {
    let Some(daemon) = daemon() else { return };
    let dir = tempfile::tempdir().unwrap();
    let store = BlockStore::open(dir.path().join("blocks")).unwrap();
    let a = pseudo_random(2 * CHUNK_SIZE + 3, 21);
    let b = pseudo_random(777, 22);
    let ra = store
        .add(
            Bytes::from(a.clone()),
            AddOptions {
                cid_version: CidVersion::V1,
            },
        )
        .await
        .unwrap();
    let rb = store
        .add(Bytes::from(b.clone()), AddOptions::default())
        .await
        .unwrap();
    let car = dir.path().join("out.car");
    store.export_car(&[ra, rb], &car).unwrap();

    let rpc = KuboRpc::new(daemon.url()).unwrap();
    assert!(!rpc.has(&ra).await.unwrap());
    let roots = rpc
        .dag_import(Bytes::from(std::fs::read(&car).unwrap()))
        .await
        .unwrap();
    assert_eq!(roots, vec![ra, rb]);
    assert_eq!(cat(&rpc, &ra).await.unwrap(), a);
    assert_eq!(cat(&rpc, &rb).await.unwrap(), b);
}

#[tokio::test]
async fn unreachable_api_is_reported_as_such() {
    // A loopback port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    let rpc = KuboRpc::new(&url).unwrap();
    match rpc
        .add(Bytes::from_static(b"x"), AddOptions::default())
        .await
    {
        Err(IpfsError::Unreachable { url: u, .. }) => assert_eq!(u, url),
        other => panic!("expected Unreachable, got {other:?}"),
    }
    let cid = import(b"x", AddOptions::default()).root;
    assert!(matches!(
        rpc.has(&cid).await,
        Err(IpfsError::Unreachable { .. })
    ));
    assert!(matches!(
        rpc.block(&cid).await,
        Err(IpfsError::Unreachable { .. })
    ));
    let multiaddr = KuboRpc::new(&format!("/ip4/127.0.0.1/tcp/{port}")).unwrap();
    assert!(matches!(
        multiaddr.has(&cid).await,
        Err(IpfsError::Unreachable { .. })
    ));
    assert!(matches!(
        KuboRpc::new("ftp://x"),
        Err(IpfsError::InvalidUrl { .. })
    ));
}
