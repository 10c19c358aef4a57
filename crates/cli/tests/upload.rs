//! `paratii upload` and `paratii video show` driven end to end: the real binary against its own
//! dev-net, the embedded block store and js-ipfs (a real Kubo RPC server) on loopback.

mod common;

use std::path::Path;

use alloy::primitives::Address;
use bytes::Bytes;
use common::*;
use paratii_ipfs::{BlockStore, Cid, KuboRpc};
use serde_json::Value;

/// A dev-net and alice, a publisher with a registered communication key `alice-node`.
fn publisher(dir: &Path) -> (Net, Actor, Address) {
    let net = Net::start(dir);
    let (alice, address) = net.party("alice", 0);
    (net, alice, address.parse().unwrap())
}

fn refs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn cid(v: &Value) -> Cid {
    v.as_str()
        .unwrap_or_else(|| panic!("{v} is not a string"))
        .parse()
        .unwrap_or_else(|e| panic!("{v} is not a CID: {e:?}"))
}

/// Every CID an upload's summary and `video show` name: directory, tables, segments.
fn video_cids(shown: &Value) -> Vec<Cid> {
    let mut out = vec![cid(&shown["cid"])];
    for toc in shown["directory"].as_object().unwrap().values() {
        out.push(cid(toc));
    }
    for table in shown["tables"].as_object().unwrap().values() {
        out.extend(table.as_array().unwrap().iter().map(cid));
    }
    out
}

#[test]
fn upload_show_rerun_car_ipfs_api_and_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let (net, p, alice) = publisher(dir.path());
    let rt = tokio::runtime::Runtime::new().unwrap();
    let nonce = || tx_count(&net.url(), alice);

    let src = clip(dir.path(), "clip.mp4", "testsrc", 3);
    let data = dir.path().join("data");
    let car = dir.path().join("video.car");
    let upload = |data: &Path, extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = [
            "upload",
            src.to_str().unwrap(),
            "--title",
            "Test pattern",
            "--formats",
            "240p30,360p30",
            "--segment-seconds",
            "2",
            "--key",
            "alice-node",
            "--data-dir",
            data.to_str().unwrap(),
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        args.extend(extra.iter().map(|s| (*s).to_owned()));
        args
    };

    // First upload: transcoded, added to the embedded store, registered, exported as a CAR.
    let before = nonce();
    let first = p.json(&refs(&upload(&data, &["--car", car.to_str().unwrap()])));
    assert_eq!(nonce(), before + 2, "one commit and one registration (R22)");
    assert!(
        first["registration"]["commitTx"].is_string(),
        "{}",
        first["registration"]
    );
    let video_id = first["videoId"].as_str().unwrap().to_owned();
    assert!(
        video_id.starts_with("0x") && video_id.len() == 66,
        "{video_id}"
    );
    let directory = cid(&first["directory"]);
    assert_eq!(
        video_id,
        paratii_protocol::eip712::video_id(&directory.to_string()).to_string(),
        "the video id is keccak256 of the directory CID"
    );
    assert_eq!(first["formats"], serde_json::json!(["240p30", "360p30"]));
    assert_eq!(
        first["segments"],
        serde_json::json!({"240p30": 2, "360p30": 2})
    );
    assert_eq!(first["registration"]["status"], "registered", "{first}");
    assert!(
        first["registration"]["tx"]
            .as_str()
            .unwrap()
            .starts_with("0x")
    );
    assert!(first["registration"]["gasUsed"].as_u64().unwrap() > 0);
    assert_eq!(first["transcoded"], true);
    assert_eq!(first["segmentsAdded"], 4);
    assert_eq!(first["durationS"], 3);

    // `video show`: the registry record with the directory and tables fetched and verified.
    let shown = p.json(&[
        "video",
        "show",
        &video_id,
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(shown.get("ipfsError").is_none(), "{shown}");
    assert_eq!(shown["cid"], first["directory"]);
    assert_eq!(shown["title"], "Test pattern");
    assert_eq!(
        shown["publisher"]
            .as_str()
            .unwrap()
            .parse::<Address>()
            .unwrap(),
        alice
    );
    assert_eq!(shown["duration"], 3);
    assert_eq!(shown["segmentLength"], 2);
    assert_eq!(shown["segmentSize"], first["segmentSizeKib"]);
    assert_eq!(shown["formats"], first["formats"]);
    assert_eq!(
        shown["directory"], first["tables"],
        "directory = format -> ToC CID"
    );
    for format in ["240p30", "360p30"] {
        assert_eq!(shown["tables"][format].as_array().unwrap().len(), 2);
    }
    let text = p.text(&[
        "video",
        "show",
        &video_id,
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert!(
        text.contains(&format!("directory  {directory} (verified)")),
        "{text}"
    );

    // Re-runs are idempotent: same CIDs, nothing re-added, no transaction.
    let before = nonce();
    let again = p.json(&refs(&upload(&data, &[])));
    assert_eq!(
        again["registration"]["status"], "alreadyRegistered",
        "{again}"
    );
    for key in [
        "videoId",
        "directory",
        "tables",
        "segments",
        "segmentSizeKib",
    ] {
        assert_eq!(again[key], first[key], "{key}");
    }
    assert_eq!(again["transcoded"], false);
    assert_eq!(again["segmentsAdded"], 0);
    let text = p.text(&refs(&upload(&data, &[])));
    assert!(text.contains("already registered by you"), "{text}");
    assert_eq!(nonce(), before, "a re-run sends no transaction");

    // Bad input: a clear error and nothing registered.
    let before = nonce();
    let listed = p.json(&["video", "list"]).as_array().unwrap().len();
    let not_video = dir.path().join("notes.mp4");
    std::fs::write(&not_video, "these are not moving pictures\n").unwrap();
    let mut args = upload(&data, &[]);
    args[1] = not_video.to_string_lossy().into_owned();
    let err = p.fails(&refs(&args));
    assert!(err.contains("is not a video"), "{err}");
    // Other settings (a new video id), with an IPFS API nobody listens on.
    let mut args = upload(
        &dir.path().join("data-unreachable"),
        &["--ipfs-api", "http://127.0.0.1:1"],
    );
    args[7] = "1".into(); // --segment-seconds
    let err = p.fails(&refs(&args));
    assert!(err.contains("IPFS API at http://127.0.0.1:1"), "{err}");
    assert!(err.contains("unreachable"), "{err}");
    assert!(
        !dir.path().join("data-unreachable").join("work").exists(),
        "an unreachable IPFS API is found before anything is transcoded"
    );
    assert_eq!(nonce(), before, "failed uploads send no transaction");
    assert_eq!(p.json(&["video", "list"]).as_array().unwrap().len(), listed);

    let Some(node) = js_ipfs() else { return };

    // The CAR imports into a real RPC server and reads back equal, every block verified.
    let kubo = KuboRpc::new(node.url()).unwrap();
    let roots = rt
        .block_on(kubo.dag_import(Bytes::from(std::fs::read(&car).unwrap())))
        .unwrap();
    let cids = video_cids(&shown);
    for c in &cids {
        assert!(roots.contains(c), "CAR roots include {c}");
    }
    let local = BlockStore::open(data.join("blocks")).unwrap();
    for c in &cids {
        let remote = rt.block_on(paratii_ipfs::cat(&kubo, c)).unwrap();
        assert_eq!(remote, rt.block_on(paratii_ipfs::cat(&local, c)).unwrap());
    }
    let from_car = p.json(&["video", "show", &video_id, "--ipfs-api", node.url()]);
    assert!(from_car.get("ipfsError").is_none(), "{from_car}");
    assert_eq!(from_car["tables"], shown["tables"]);
    drop(node);

    // --ipfs-api: the same upload into a fresh node gives the same CIDs, and reads back from it.
    let Some(node) = js_ipfs() else { return };
    let before = nonce();
    let via_api = p.json(&refs(&upload(
        &dir.path().join("data-api"),
        &["--ipfs-api", node.url()],
    )));
    for key in ["videoId", "directory", "tables", "segments"] {
        assert_eq!(via_api[key], first[key], "{key}");
    }
    assert_eq!(via_api["registration"]["status"], "alreadyRegistered");
    assert_eq!(nonce(), before);
    let from_api = p.json(&["video", "show", &video_id, "--ipfs-api", node.url()]);
    assert!(from_api.get("ipfsError").is_none(), "{from_api}");
    assert_eq!(from_api["directory"], shown["directory"]);
    assert_eq!(from_api["tables"], shown["tables"]);
}

/// Writes a 10 s clip with its index at the front (`-movflags +faststart`), cut to half its size:
/// ffprobe still says 10 s, ffmpeg decodes about 5 s and exits 0.
fn truncated_clip(dir: &Path) -> std::path::PathBuf {
    let full = dir.join("full.mp4");
    let ok = std::process::Command::new("ffmpeg")
        .args(["-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i"])
        .arg("testsrc=duration=10:size=320x240:rate=30")
        .args(["-f", "lavfi", "-i", "sine=frequency=440:duration=10"])
        .args([
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
        ])
        .args(["-c:a", "aac", "-shortest", "-movflags", "+faststart"])
        .arg(&full)
        .status()
        .unwrap()
        .success();
    assert!(ok);
    let bytes = std::fs::read(&full).unwrap();
    let half = dir.join("half.mp4");
    std::fs::write(&half, &bytes[..bytes.len() / 2]).unwrap();
    half
}

#[test]
fn hostile_titles_registry_limits_and_a_truncated_file() {
    let dir = tempfile::tempdir().unwrap();
    let (net, alice, address) = publisher(dir.path());
    let nonce = || tx_count(&net.url(), address);
    let src = clip(dir.path(), "clip.mp4", "testsrc", 2);
    let src = src.to_str().unwrap();
    let data = alice.root.join("data");

    // Refused up front, with the allowed range or the offending character, before anything is
    // transcoded and without a transaction.
    let before = nonce();
    let long = "x".repeat(10_000);
    for (title, formats, want) in [
        (
            "",
            "240p30",
            "the title is empty: give one of 1 to 256 bytes",
        ),
        (
            long.as_str(),
            "240p30",
            "10000 bytes long: the VideoRegistry takes 1 to 256 bytes",
        ),
        (
            "evil\u{1b}]0;pwned\u{7}",
            "240p30",
            "control character \\u{1b} at character 4",
        ),
        ("bell\u{7}", "240p30", "control character \\u{7}"),
        ("two\nlines", "240p30", "control character \\u{a}"),
        ("Fine", "240p30,240p30", "format \"240p30\" is given twice"),
    ] {
        let err = alice.fails(&["upload", src, "--title", title, "--formats", formats]);
        assert!(err.contains(want), "{title:?}: {err}");
        assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    }
    assert!(!data.join("work").exists(), "nothing was transcoded");
    assert_eq!(nonce(), before, "nothing was sent");

    // A title with escapes registered by other means (`video register` takes any the contract
    // takes): `video show` and `video list` print it escaped.
    let evil = "evil\u{1b}]0;pwned\u{7}\u{1b}[2J\nnext";
    let registered = alice.json(&[
        "video",
        "register",
        "--cid",
        "QmEvilEvilEvilEvilEvilEvilEvilEvilEvilEvilEvil",
        "--title",
        evil,
        "--duration",
        "10",
        "--segment-length",
        "2",
        "--segment-size",
        "100",
        "--format",
        "240p30",
        "--key",
        "alice-node",
    ]);
    let id = registered["video"]["id"].as_str().unwrap().to_owned();
    let escaped = "evil\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{a}next";
    for args in [
        vec!["video", "show", id.as_str(), "--no-ipfs"],
        vec!["video", "list"],
    ] {
        let out = alice.text(&args);
        assert!(out.contains(escaped), "{args:?}: {out:?}");
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{args:?} prints no raw control character: {out:?}"
        );
    }
    let json = alice.json(&["video", "show", &id, "--no-ipfs"]);
    assert_eq!(
        json["title"], evil,
        "JSON keeps the title (JSON escapes it)"
    );

    // The truncated file: what is registered is what was produced, and it can be watched.
    let half = truncated_clip(dir.path());
    let up = alice.json(&[
        "upload",
        half.to_str().unwrap(),
        "--title",
        "Half",
        "--formats",
        "240p30",
        "--segment-seconds",
        "2",
    ]);
    let segments = up["segments"]["240p30"].as_u64().unwrap();
    let duration = up["durationS"].as_u64().unwrap();
    assert!(segments < 5, "{up}");
    assert_eq!(duration.div_ceil(2), segments, "{up}");
    assert!(
        up["warnings"][0]
            .as_str()
            .is_some_and(|w| w.contains("truncated")),
        "{up}"
    );
    let shown = alice.json(&["video", "show", up["videoId"].as_str().unwrap()]);
    assert_eq!(shown["duration"].as_u64(), Some(duration));
    assert_eq!(
        shown["tables"]["240p30"].as_array().unwrap().len() as u64,
        segments
    );

    let (viewer, _) = net.party("viewer", 1);
    viewer.json(&["account", "deposit", "10"]);
    let serving = alice.serve(&[]);
    let out = dir.path().join("watched");
    let watched = viewer.json(&[
        "watch",
        up["videoId"].as_str().unwrap(),
        "--format",
        "240p30",
        "--rate",
        &RATE.to_string(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        watched["segmentsReceived"].as_u64(),
        Some(segments),
        "{watched}"
    );
    drop(serving);
}
