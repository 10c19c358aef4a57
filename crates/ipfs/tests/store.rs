//! The importer's known vectors, the embedded block store, verified reads and CAR export.

mod common;

use std::path::Path;

use bytes::Bytes;
use common::pseudo_random;
use paratii_ipfs::{
    AddOptions, BlockStore, CHUNK_SIZE, Cid, CidVersion, DAG_PB, Ipfs, IpfsError, RAW, cat,
    cat_into, import, verify_block,
};

const V0: AddOptions = AddOptions {
    cid_version: CidVersion::V0,
};
const V1: AddOptions = AddOptions {
    cid_version: CidVersion::V1,
};

#[test]
fn known_cids_of_kubo() {
    assert_eq!(
        import(b"", V0).root.to_string(),
        "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"
    );
    assert_eq!(
        import(b"hello", V0).root.to_string(),
        "QmWfVY9y3xjsixTgbd9AorQxH7VtMpzfx2HaWtsoUYecaX"
    );
    assert_eq!(
        import(b"", V1).root.to_string(),
        "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
    );
    assert_eq!(
        import(b"hello", V1).root.to_string(),
        "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq"
    );
}

#[test]
fn dag_shape_single_chunk_is_its_own_root_and_v1_uses_raw_leaves() {
    let one = import(&pseudo_random(CHUNK_SIZE, 9), V1);
    assert_eq!(one.blocks.len(), 1);
    assert_eq!(one.root.codec(), RAW);
    assert!(one.root.to_string().starts_with("bafkrei"));

    let two = import(&pseudo_random(CHUNK_SIZE + 1, 9), V1);
    assert_eq!(two.blocks.len(), 3);
    assert_eq!(two.root.codec(), DAG_PB);
    assert!(two.root.to_string().starts_with("bafybei"));
    assert!(
        two.blocks
            .iter()
            .filter(|(c, _)| *c != two.root)
            .all(|(c, _)| c.codec() == RAW)
    );

    let v0 = import(&pseudo_random(CHUNK_SIZE + 1, 9), V0);
    assert!(
        v0.blocks
            .iter()
            .all(|(c, _)| c.version() == CidVersion::V0 && c.codec() == DAG_PB)
    );
    assert_eq!(v0.blocks.last().map(|(c, _)| *c), Some(v0.root));
}

#[test]
fn identical_chunks_are_one_block() {
    let imported = import(&vec![0u8; 4 * CHUNK_SIZE], V0);
    // Four identical leaves and one root.
    assert_eq!(imported.blocks.len(), 2);
}

#[test]
fn verify_block_accepts_the_block_and_rejects_others() {
    let imported = import(&pseudo_random(3 * CHUNK_SIZE, 1), V1);
    for (cid, bytes) in &imported.blocks {
        verify_block(cid, bytes).unwrap();
        let mut bad = bytes.to_vec();
        bad[0] ^= 1;
        match verify_block(cid, &bad) {
            Err(IpfsError::CidMismatch { expected, actual }) => {
                assert_eq!(expected, *cid);
                assert_ne!(actual, *cid);
            }
            other => panic!("expected CidMismatch, got {other:?}"),
        }
    }
}

fn store_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn block_store_add_is_idempotent_and_cat_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let store = BlockStore::open(dir.path().join("blocks")).unwrap();
    for (len, opts) in [
        (0, V0),
        (5, V1),
        (CHUNK_SIZE + 1, V0),
        (3 * CHUNK_SIZE + 17, V1),
    ] {
        let data = pseudo_random(len, len as u64);
        let imported = import(&data, opts);
        let root = store.add(Bytes::from(data.clone()), opts).await.unwrap();
        assert_eq!(root, imported.root);
        let before = store_files(store.dir());
        // One file per block, named by its CID; no temporary files left.
        for (cid, bytes) in &imported.blocks {
            assert!(store.has(cid).await.unwrap());
            assert_eq!(
                std::fs::read(store.dir().join(cid.to_string())).unwrap(),
                bytes.as_ref()
            );
        }
        assert!(
            before.iter().all(|n| n.parse::<Cid>().is_ok()),
            "{before:?}"
        );
        assert_eq!(
            store.add(Bytes::from(data.clone()), opts).await.unwrap(),
            root
        );
        assert_eq!(store_files(store.dir()), before);
        assert_eq!(cat(&store, &root).await.unwrap(), data);
        // After a prefix (a delivery's key), the file follows it whole and the prefix stays.
        let mut prefixed = b"key-first".to_vec();
        cat_into(&store, &root, &mut prefixed).await.unwrap();
        assert_eq!(&prefixed[..9], b"key-first");
        assert_eq!(&prefixed[9..], data.as_slice());
    }
}

#[tokio::test]
async fn cat_rejects_a_tampered_block() {
    let dir = tempfile::tempdir().unwrap();
    let store = BlockStore::open(dir.path()).unwrap();
    let data = pseudo_random(2 * CHUNK_SIZE + 1, 3);
    let imported = import(&data, V0);
    store.add(Bytes::from(data), V0).await.unwrap();
    let (leaf, bytes) = &imported.blocks[1];
    let mut bad = bytes.to_vec();
    let last = bad.len() - 1;
    bad[last / 2] ^= 0xff;
    std::fs::write(dir.path().join(leaf.to_string()), &bad).unwrap();
    match cat(&store, &imported.root).await {
        Err(IpfsError::CidMismatch { expected, .. }) => assert_eq!(expected, *leaf),
        other => panic!("expected CidMismatch, got {other:?}"),
    }
    // The store itself refuses to take a block under the wrong CID.
    assert!(matches!(
        store.put(leaf, b"not it"),
        Err(IpfsError::CidMismatch { .. })
    ));
}

#[tokio::test]
async fn missing_blocks_are_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let store = BlockStore::open(dir.path()).unwrap();
    let data = pseudo_random(2 * CHUNK_SIZE, 4);
    let imported = import(&data, V1);
    store.add(Bytes::from(data), V1).await.unwrap();
    std::fs::remove_file(dir.path().join(imported.blocks[0].0.to_string())).unwrap();
    assert!(!store.has(&imported.blocks[0].0).await.unwrap());
    assert!(
        matches!(cat(&store, &imported.root).await, Err(IpfsError::NotFound(c)) if c == imported.blocks[0].0)
    );
}

/// Reads a CARv1 file: (header bytes, sections as (cid, block)).
fn read_car(bytes: &[u8]) -> (Vec<u8>, Vec<(Cid, Vec<u8>)>) {
    fn varint(b: &[u8], pos: &mut usize) -> usize {
        let (mut v, mut shift) = (0usize, 0);
        loop {
            let x = b[*pos];
            *pos += 1;
            v |= usize::from(x & 0x7f) << shift;
            if x & 0x80 == 0 {
                return v;
            }
            shift += 7;
        }
    }
    let mut pos = 0;
    let hlen = varint(bytes, &mut pos);
    let header = bytes[pos..pos + hlen].to_vec();
    pos += hlen;
    let mut sections = Vec::new();
    while pos < bytes.len() {
        let len = varint(bytes, &mut pos);
        let section = &bytes[pos..pos + len];
        let cid_len = if section[0] == 0x12 { 34 } else { 4 + 32 };
        let cid = Cid::from_bytes(&section[..cid_len]).unwrap();
        sections.push((cid, section[cid_len..].to_vec()));
        pos += len;
    }
    (header, sections)
}

#[tokio::test]
async fn export_car_writes_every_block_once_under_a_dag_cbor_header() {
    let dir = tempfile::tempdir().unwrap();
    let store = BlockStore::open(dir.path().join("blocks")).unwrap();
    let a = pseudo_random(3 * CHUNK_SIZE + 5, 5);
    let b = [a.clone(), pseudo_random(CHUNK_SIZE, 6)].concat(); // shares three leaves with `a`
    let ra = store.add(Bytes::from(a.clone()), V0).await.unwrap();
    let rb = store.add(Bytes::from(b.clone()), V0).await.unwrap();
    // A block that is not under the roots must not be exported.
    store
        .add(Bytes::from_static(b"unrelated"), V0)
        .await
        .unwrap();
    let out = dir.path().join("video.car");
    store.export_car(&[ra, rb], &out).unwrap();
    let (header, sections) = read_car(&std::fs::read(&out).unwrap());

    let mut expected_header = vec![0xa2, 0x65];
    expected_header.extend_from_slice(b"roots");
    expected_header.push(0x82);
    for r in [ra, rb] {
        expected_header.extend_from_slice(&[0xd8, 0x2a, 0x58, 0x23, 0x00]);
        expected_header.extend_from_slice(&r.to_bytes());
    }
    expected_header.push(0x67);
    expected_header.extend_from_slice(b"version");
    expected_header.push(0x01);
    assert_eq!(header, expected_header);

    let mut wanted: Vec<Cid> = import(&a, V0)
        .blocks
        .iter()
        .chain(import(&b, V0).blocks.iter())
        .map(|(c, _)| *c)
        .collect();
    wanted.sort();
    wanted.dedup();
    let mut got: Vec<Cid> = sections.iter().map(|(c, _)| *c).collect();
    got.sort();
    assert_eq!(got, wanted, "every block of both DAGs, each once");
    for (cid, block) in &sections {
        verify_block(cid, block).unwrap();
    }

    // A store whose block is missing cannot export an incomplete CAR.
    std::fs::remove_file(store.dir().join(import(&b, V0).blocks[3].0.to_string())).unwrap();
    assert!(matches!(
        store.export_car(&[rb], &dir.path().join("bad.car")),
        Err(IpfsError::NotFound(_))
    ));
    assert!(!dir.path().join("bad.car").exists());
}
