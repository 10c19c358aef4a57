//! `Gateway`, the trustless HTTP gateway backend: against js-ipfs' gateway
//! (`tools/ipfs/daemon.mjs --gateway`, fed over RPC), and against `HostileGateway` relaying
//! js-ipfs or serving a `BlockStore` while it corrupts, truncates, stalls or fails.

mod common;

use std::time::Duration;

use bytes::Bytes;
use common::{available, pseudo_random};
use paratii_ipfs::test_utils::{Fault, HostileGateway, JsIpfsDaemon};
use paratii_ipfs::{
    AddOptions, BlockStore, CHUNK_SIZE, CarError, Cid, CidVersion, Gateway, GatewayMode,
    GatewayOptions, Imported, Ipfs, IpfsError, KuboRpc, MAX_BLOCK_SIZE, MAX_LINKS, cat, import,
};

const V0: AddOptions = AddOptions {
    cid_version: CidVersion::V0,
};
const V1: AddOptions = AddOptions {
    cid_version: CidVersion::V1,
};
const MODES: [GatewayMode; 2] = [GatewayMode::Raw, GatewayMode::Car];

fn daemon() -> Option<JsIpfsDaemon> {
    if !available(
        "node + npm ipfs@0.66.1 (js-ipfs)",
        JsIpfsDaemon::available(),
        "npm ci in the repo root",
    ) {
        return None;
    }
    Some(JsIpfsDaemon::start_with_gateway().expect("start js-ipfs with --gateway"))
}

/// A hostile test must not hang the suite when the client fails to give up.
async fn within<T>(what: &str, f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(60), f)
        .await
        .unwrap_or_else(|_| panic!("{what}: no answer within 60 s"))
}

fn store_with(data: &[u8], opts: AddOptions) -> (tempfile::TempDir, BlockStore, Imported) {
    let dir = tempfile::tempdir().unwrap();
    let store = BlockStore::open(dir.path().join("blocks")).unwrap();
    let imported = import(data, opts);
    store.put_imported(&imported).unwrap();
    (dir, store, imported)
}

fn sorted_cids<'a>(blocks: impl IntoIterator<Item = &'a (Cid, Bytes)>) -> Vec<Cid> {
    let mut cids: Vec<Cid> = blocks.into_iter().map(|(c, _)| *c).collect();
    cids.sort();
    cids
}

#[tokio::test]
async fn files_added_over_rpc_read_back_through_js_ipfs_gateway_in_both_modes() {
    let Some(daemon) = daemon() else { return };
    let rpc = KuboRpc::new(daemon.url()).unwrap();
    let gw_url = daemon.gateway_url().expect("gateway URL").to_owned();

    for len in [0, 1, CHUNK_SIZE + 1, MAX_LINKS * CHUNK_SIZE + 1] {
        let data = pseudo_random(len, 500 + len as u64);
        for opts in [V0, V1] {
            let imported = import(&data, opts);
            let root = rpc.add(Bytes::from(data.clone()), opts).await.unwrap();
            assert_eq!(root, imported.root, "{len} B {opts:?}");
            for mode in MODES {
                let gw = Gateway::with_mode(&gw_url, mode).unwrap();
                assert!(gw.has(&root).await.unwrap(), "has {root} {mode:?}");
                let got = cat(&gw, &root).await.unwrap();
                assert!(got == data, "{len} B {opts:?} {mode:?}: cat differs");
            }
            // One CAR carries exactly the DAG `import` builds, each block once.
            let dag = Gateway::new(&gw_url)
                .unwrap()
                .fetch_car(&root)
                .await
                .unwrap();
            assert_eq!(dag[0].0, root);
            assert_eq!(sorted_cids(&dag), sorted_cids(&imported.blocks));
        }
    }

    let missing = import(b"never added to this node", V0).root;
    for mode in MODES {
        let gw = Gateway::with_mode(&gw_url, mode).unwrap();
        assert!(!gw.has(&missing).await.unwrap());
        assert!(matches!(gw.block(&missing).await, Err(IpfsError::NotFound(c)) if c == missing));
        assert!(matches!(cat(&gw, &missing).await, Err(IpfsError::NotFound(c)) if c == missing));
    }

    // The other spellings of the same base URL.
    let small = import(b"x", V1);
    rpc.add(Bytes::from_static(b"x"), V1).await.unwrap();
    let port = gw_url.rsplit(':').next().unwrap();
    for url in [
        format!("{gw_url}/"),
        format!("/ip4/127.0.0.1/tcp/{port}"),
        format!("/ip4/127.0.0.1/tcp/{port}/http"),
    ] {
        let gw = Gateway::new(&url).unwrap();
        assert_eq!(cat(&gw, &small.root).await.unwrap(), b"x", "{url}");
    }
}

/// Corrupting one block (a leaf, then the root) fails `cat`, `block` and `fetch_car` with
/// `CidMismatch` for exactly that block in both modes; faithful again, the same clients read
/// the file (nothing forged was kept).
async fn corrupted_blocks_are_refused(hostile: &HostileGateway, imported: &Imported, data: &[u8]) {
    let leaf = imported.blocks[1].0;
    let clients: Vec<Gateway> = MODES
        .iter()
        .map(|&m| Gateway::with_mode(hostile.url(), m).unwrap())
        .collect();
    for target in [leaf, imported.root] {
        hostile.set_fault(Fault::CorruptBlock(target));
        for gw in &clients {
            let mode = gw.options().mode;
            match cat(gw, &imported.root).await {
                Err(IpfsError::CidMismatch { expected, actual }) => {
                    assert_eq!(expected, target, "{mode:?}");
                    assert_ne!(actual, target);
                }
                other => panic!("{mode:?}: expected CidMismatch, got {other:?}"),
            }
            assert!(
                matches!(gw.block(&target).await, Err(IpfsError::CidMismatch { expected, .. }) if expected == target),
                "{mode:?} block"
            );
            assert!(
                matches!(
                    gw.fetch_car(&imported.root).await,
                    Err(IpfsError::CidMismatch { .. })
                ),
                "{mode:?} fetch_car"
            );
        }
    }
    hostile.set_fault(Fault::None);
    for gw in &clients {
        assert!(cat(gw, &imported.root).await.unwrap() == data);
    }
}

#[tokio::test]
async fn a_corrupted_block_from_the_gateway_is_refused() {
    let data = pseudo_random(3 * CHUNK_SIZE + 5, 31);
    for opts in [V0, V1] {
        let (_dir, store, imported) = store_with(&data, opts);
        let hostile = HostileGateway::serve(store).unwrap();
        corrupted_blocks_are_refused(&hostile, &imported, &data).await;
    }
}

#[tokio::test]
async fn a_corrupted_block_relayed_from_js_ipfs_is_refused() {
    let Some(daemon) = daemon() else { return };
    let rpc = KuboRpc::new(daemon.url()).unwrap();
    let hostile = HostileGateway::forward(daemon.gateway_url().unwrap()).unwrap();
    let data = pseudo_random(2 * CHUNK_SIZE + 77, 32);
    for opts in [V0, V1] {
        let imported = import(&data, opts);
        rpc.add(Bytes::from(data.clone()), opts).await.unwrap();
        corrupted_blocks_are_refused(&hostile, &imported, &data).await;
    }
    // Also through the relay: truncation and errors reach the client as such.
    let imported = import(&data, V0);
    hostile.set_fault(Fault::TruncateCar(100));
    let car = Gateway::with_mode(hostile.url(), GatewayMode::Car).unwrap();
    assert!(matches!(
        cat(&car, &imported.root).await,
        Err(IpfsError::InvalidCar { .. })
    ));
    hostile.set_fault(Fault::Status(500));
    assert!(matches!(
        car.block(&imported.root).await,
        Err(IpfsError::HttpStatus { status: 500, .. })
    ));
}

fn section_len(cid: &Cid, block: &[u8]) -> usize {
    let n = cid.to_bytes().len() + block.len();
    let mut varint = 1;
    while n >> (7 * varint) != 0 {
        varint += 1;
    }
    varint + n
}

#[tokio::test]
async fn a_truncated_car_is_a_typed_error_wherever_it_is_cut() {
    let data = pseudo_random(3 * CHUNK_SIZE + 5, 41);
    let (dir, store, imported) = store_with(&data, V0);
    // The hostile gateway's CAR is what export_car writes: same header, same depth-first order.
    let file = dir.path().join("full.car");
    store.export_car(&[imported.root], &file).unwrap();
    let full = std::fs::read(&file).unwrap();
    let parsed = paratii_ipfs::read_car(&full).unwrap();
    let sections: Vec<usize> = parsed
        .blocks
        .iter()
        .map(|(c, b)| section_len(c, b))
        .collect();
    let header = full.len() - sections.iter().sum::<usize>();
    let (root, first_child) = (parsed.blocks[0].0, parsed.blocks[1].0);

    let hostile = HostileGateway::serve(store).unwrap();
    let car = Gateway::with_mode(hostile.url(), GatewayMode::Car).unwrap();
    for (cut, want) in [
        (0, Some(CarError::Truncated { offset: 0 })),
        (3, Some(CarError::Truncated { offset: 3 })),
        (header, Some(CarError::MissingBlock(root))),
        (header + 10, None),
        (
            header + sections[0],
            Some(CarError::MissingBlock(first_child)),
        ),
        (header + sections[0] + sections[1] / 2, None),
        (full.len() - 1, None),
    ] {
        hostile.set_fault(Fault::TruncateCar(cut));
        match cat(&car, &imported.root).await {
            Err(IpfsError::InvalidCar { origin, error }) => {
                assert!(origin.contains("format=car"), "{origin}");
                match want {
                    Some(w) => assert_eq!(error, w, "cut at {cut}"),
                    None => assert!(
                        matches!(error, CarError::Truncated { offset } if offset == cut as u64),
                        "cut at {cut}: {error:?}"
                    ),
                }
            }
            other => panic!("cut at {cut}: expected InvalidCar, got {other:?}"),
        }
    }
    // Uncut, the same CAR reads; raw blocks were never affected.
    hostile.set_fault(Fault::TruncateCar(full.len()));
    assert!(cat(&car, &imported.root).await.unwrap() == data);
    hostile.set_fault(Fault::TruncateCar(0));
    let raw = Gateway::new(hostile.url()).unwrap();
    assert!(cat(&raw, &imported.root).await.unwrap() == data);
}

#[tokio::test]
async fn car_mode_fetches_the_dag_in_one_request_raw_mode_block_by_block() {
    let data = pseudo_random(5 * CHUNK_SIZE, 51);
    let (_dir, store, imported) = store_with(&data, V1);
    let hostile = HostileGateway::serve(store).unwrap();
    let car = Gateway::with_mode(hostile.url(), GatewayMode::Car).unwrap();
    assert!(cat(&car, &imported.root).await.unwrap() == data);
    assert!(
        car.has(&imported.blocks[0].0).await.unwrap(),
        "from the cache"
    );
    let root = imported.root.to_string();
    assert_eq!(
        hostile.requests(),
        vec![format!("GET /ipfs/{root}?format=car&dag-scope=all")]
    );
    car.clear_cache();
    assert!(cat(&car, &imported.root).await.unwrap() == data);
    assert_eq!(hostile.requests().len(), 2);

    let raw = Gateway::new(hostile.url()).unwrap();
    assert!(cat(&raw, &imported.root).await.unwrap() == data);
    let raw_gets: Vec<String> = hostile.requests().split_off(2);
    assert_eq!(raw_gets.len(), imported.blocks.len());
    assert!(raw_gets.iter().all(|r| r.ends_with("?format=raw")));
    assert!(raw.has(&imported.root).await.unwrap());
    assert_eq!(
        hostile.requests().last().unwrap(),
        &format!("HEAD /ipfs/{root}?format=raw")
    );
}

#[tokio::test]
async fn unreachable_gateway_is_reported_as_such() {
    // A loopback port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let cid = import(b"x", V0).root;
    for url in [
        format!("http://127.0.0.1:{port}"),
        format!("/ip4/127.0.0.1/tcp/{port}"),
    ] {
        for mode in MODES {
            let gw = Gateway::with_mode(&url, mode).unwrap();
            for result in [
                gw.block(&cid).await.map(|_| ()),
                gw.has(&cid).await.map(|_| ()),
                cat(&gw, &cid).await.map(|_| ()),
            ] {
                match result {
                    Err(IpfsError::Unreachable { url: u, .. }) => assert_eq!(u, url),
                    other => panic!("{url} {mode:?}: expected Unreachable, got {other:?}"),
                }
            }
            assert!(matches!(
                gw.add(Bytes::from_static(b"x"), V0).await,
                Err(IpfsError::ReadOnly { .. })
            ));
        }
    }
    for bad in [
        "ftp://x",
        "https://ipfs.io",
        "127.0.0.1:8080",
        "/ip4/1.2.3.4/udp/1",
    ] {
        assert!(
            matches!(Gateway::new(bad), Err(IpfsError::InvalidUrl { .. })),
            "{bad}"
        );
    }
}

#[tokio::test]
async fn statuses_map_to_not_found_or_http_status() {
    let (_dir, store, imported) = store_with(b"status", V0);
    let missing = import(b"not in the store", V1).root;
    let hostile = HostileGateway::serve(store).unwrap();
    for mode in MODES {
        let gw = Gateway::with_mode(hostile.url(), mode).unwrap();
        hostile.set_fault(Fault::None);
        assert!(matches!(gw.block(&missing).await, Err(IpfsError::NotFound(c)) if c == missing));
        assert!(!gw.has(&missing).await.unwrap());
        assert!(gw.has(&imported.root).await.unwrap());

        hostile.set_fault(Fault::Status(410));
        assert!(matches!(
            gw.block(&imported.root).await,
            Err(IpfsError::NotFound(_))
        ));
        assert!(!gw.has(&imported.root).await.unwrap());

        for code in [500, 400, 503] {
            hostile.set_fault(Fault::Status(code));
            match gw.block(&imported.root).await {
                Err(IpfsError::HttpStatus {
                    url,
                    status,
                    message,
                }) => {
                    assert_eq!(status, code);
                    assert!(url.contains(&imported.root.to_string()), "{url}");
                    assert!(message.contains("injected failure"), "{message}");
                }
                other => panic!("{mode:?} {code}: expected HttpStatus, got {other:?}"),
            }
            assert!(matches!(
                gw.has(&imported.root).await,
                Err(IpfsError::HttpStatus { status, .. }) if status == code
            ));
        }
    }
}

#[tokio::test]
async fn over_large_responses_are_refused_without_being_read() {
    let (_dir, store, imported) = store_with(b"big", V1);
    let hostile = HostileGateway::serve(store).unwrap();
    let raw = Gateway::new(hostile.url()).unwrap();
    let small_car = Gateway::with_options(
        hostile.url(),
        GatewayOptions {
            mode: GatewayMode::Car,
            max_car_bytes: 1 << 20,
            ..GatewayOptions::default()
        },
    )
    .unwrap();
    let too_large = |r: Result<Bytes, IpfsError>| matches!(r, Err(IpfsError::TooLarge { cid, .. }) if cid == imported.root);

    // Declared too large: refused from the Content-Length.
    hostile.set_fault(Fault::Oversize(MAX_BLOCK_SIZE + 1));
    assert!(too_large(raw.block(&imported.root).await));
    hostile.set_fault(Fault::Oversize((1 << 20) + 1));
    assert!(too_large(small_car.block(&imported.root).await));
    // Never ending: refused once the bound is crossed while streaming (a valid CAR for the
    // CAR client, so only the size bound can stop it).
    hostile.set_fault(Fault::EndlessBody);
    assert!(too_large(
        within("endless raw", raw.block(&imported.root)).await
    ));
    assert!(too_large(
        within("endless CAR", small_car.block(&imported.root)).await
    ));
    // Endless zeros are no CAR: the default CAR client stops at the header's bad varint.
    let car = Gateway::with_mode(hostile.url(), GatewayMode::Car).unwrap();
    hostile.set_fault(Fault::Oversize(10 << 20));
    assert!(matches!(
        car.block(&imported.root).await,
        Err(IpfsError::InvalidCar {
            error: CarError::Malformed { offset: 0, .. },
            ..
        })
    ));

    // At the limit is fine (the bytes then fail verification, which is the point of raw).
    hostile.set_fault(Fault::Oversize(MAX_BLOCK_SIZE));
    assert!(matches!(
        raw.block(&imported.root).await,
        Err(IpfsError::CidMismatch { .. })
    ));
}

#[tokio::test]
async fn a_stalled_gateway_times_out() {
    let (_dir, store, imported) = store_with(b"stall", V0);
    let hostile = HostileGateway::serve(store).unwrap();
    hostile.set_fault(Fault::Stall);
    let after = Duration::from_millis(300);
    for mode in MODES {
        let gw = Gateway::with_options(
            hostile.url(),
            GatewayOptions {
                mode,
                read_timeout: after,
                ..GatewayOptions::default()
            },
        )
        .unwrap();
        for result in [
            within("stalled block", gw.block(&imported.root))
                .await
                .map(|_| ()),
            within("stalled has", gw.has(&imported.root))
                .await
                .map(|_| ()),
        ] {
            match result {
                Err(IpfsError::Timeout { url, after: a }) => {
                    assert_eq!(a, after);
                    assert!(url.starts_with(hostile.url()), "{url}");
                }
                other => panic!("{mode:?}: expected Timeout, got {other:?}"),
            }
        }
    }
}
