//! `import`, and `file_cid` (its root without the blocks), against independent implementations
//! of `ipfs add`: Debian's `ipfs_cid` (CIDv0) and npm `ipfs-only-hash` (CIDv0, and CIDv1 with raw
//! leaves), over 0 bytes to ~46 MiB.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{available, node_package, pseudo_random, repo_root};
use paratii_ipfs::{AddOptions, CHUNK_SIZE, CidVersion, MAX_LINKS, file_cid, import};

/// The inputs: (name, bytes). Chunk boundaries, a multi-chunk random file, repeated chunks, and
/// one chunk past 174 so the tree has depth 2 (with a one-leaf last subtree).
fn inputs() -> Vec<(String, Vec<u8>)> {
    let c = CHUNK_SIZE;
    let mut v: Vec<(String, Vec<u8>)> = vec![
        ("empty".into(), Vec::new()),
        ("one-byte".into(), b"x".to_vec()),
        ("hello".into(), b"hello".to_vec()),
        ("chunk-minus-1".into(), pseudo_random(c - 1, 1)),
        ("chunk".into(), pseudo_random(c, 2)),
        ("chunk-plus-1".into(), pseudo_random(c + 1, 3)),
        ("two-chunks-plus-1".into(), pseudo_random(2 * c + 1, 4)),
        (
            "random-3MiB-plus".into(),
            pseudo_random(3 * 1024 * 1024 + 12_345, 5),
        ),
        ("zeros-1MiB".into(), vec![0u8; 1024 * 1024]),
        ("174-chunks".into(), pseudo_random(MAX_LINKS * c, 6)),
    ];
    v.push((
        "175-chunks-depth-2".into(),
        pseudo_random(MAX_LINKS * c + 1, 7),
    ));
    v
}

fn write_inputs(dir: &Path) -> Vec<(String, PathBuf, Vec<u8>)> {
    inputs()
        .into_iter()
        .map(|(name, data)| {
            let path = dir.join(&name);
            std::fs::write(&path, &data).unwrap();
            (name, path, data)
        })
        .collect()
}

#[test]
fn import_matches_debian_ipfs_cid() {
    let ok = Command::new("ipfs_cid").arg("/dev/null").output().is_ok();
    if !available(
        "ipfs_cid (Debian package ipfs-cid)",
        ok,
        "apt-get install ipfs-cid",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (name, path, data) in write_inputs(dir.path()) {
        let out = Command::new("ipfs_cid").arg(&path).output().unwrap();
        assert!(
            out.status.success(),
            "ipfs_cid {name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let expected = json["CIDv0"].as_str().unwrap();
        let ours = import(&data, AddOptions::default()).root.to_string();
        assert_eq!(ours, expected, "CIDv0 of {name} ({} bytes)", data.len());
        let root_only = file_cid(&data, AddOptions::default()).to_string();
        assert_eq!(root_only, expected, "file_cid v0 of {name}");
    }
}

#[test]
fn import_matches_npm_ipfs_only_hash() {
    if !available(
        "node + npm ipfs-only-hash",
        node_package("ipfs-only-hash"),
        "npm ci in the repo root",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let files = write_inputs(dir.path());
    let out = Command::new("node")
        .arg(repo_root().join("tools/ipfs/only-hash.mjs"))
        .args(files.iter().map(|(_, p, _)| p))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "only-hash.mjs: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut oracle = BTreeMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let j: serde_json::Value = serde_json::from_str(line).unwrap();
        oracle.insert(j["file"].as_str().unwrap().to_owned(), j);
    }
    assert_eq!(oracle.len(), files.len());
    for (name, path, data) in &files {
        let j = &oracle[path.to_str().unwrap()];
        let v0 = import(
            data,
            AddOptions {
                cid_version: CidVersion::V0,
            },
        )
        .root
        .to_string();
        let v1 = import(
            data,
            AddOptions {
                cid_version: CidVersion::V1,
            },
        )
        .root
        .to_string();
        assert_eq!(v0, j["v0"].as_str().unwrap(), "CIDv0 of {name}");
        assert_eq!(v1, j["v1"].as_str().unwrap(), "CIDv1 raw-leaves of {name}");
        for cid_version in [CidVersion::V0, CidVersion::V1] {
            let root_only = file_cid(data, AddOptions { cid_version }).to_string();
            let expected = j[if cid_version == CidVersion::V0 {
                "v0"
            } else {
                "v1"
            }]
            .as_str()
            .unwrap();
            assert_eq!(root_only, expected, "file_cid {cid_version:?} of {name}");
        }
    }
}
