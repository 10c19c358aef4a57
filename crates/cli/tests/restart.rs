//! Nothing lost in a crash: `paratii serve` killed with SIGKILL at random points of a paid stream
//! and restarted (same store, same port), and the viewer's `watch` killed and restarted too. At the
//! end the publisher was paid for every key it delivered, the viewer paid for exactly what it
//! received, and only one channel was ever opened: both sides resumed it.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use alloy::primitives::U256;
use common::*;
use paratii_ipfs::test_utils::JsIpfsDaemon;
use serde_json::Value;

const SEGMENTS: u64 = 24;

/// A free loopback port (the restarted publisher must listen where its profile says).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// A small xorshift: random kill points, reproducible from the printed seed.
struct Random(u64);

impl Random {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn kill9(child: &mut std::process::Child) {
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn publisher_and_viewer_killed_mid_stream_lose_nothing() {
    if !JsIpfsDaemon::available() {
        assert!(
            std::env::var_os("PARATII_REQUIRE_IPFS").is_none(),
            "PARATII_REQUIRE_IPFS is set but js-ipfs is missing: run npm ci"
        );
        eprintln!("SKIP: js-ipfs (npm ci) missing");
        return;
    }
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64 | 1);
    eprintln!("kill points from seed {seed}");
    let mut random = Random(seed);
    let dir = tempfile::tempdir().unwrap();
    let net = Net::start(dir.path());
    let (publisher, _) = net.party("publisher", 0);
    let (viewer, _) = net.party("viewer", 1);
    viewer.json(&["account", "deposit", "10"]);
    let ipfs = JsIpfsDaemon::start().unwrap();
    let uploaded = upload_with(
        &publisher,
        &clip(dir.path(), "clip.mp4", "testsrc", SEGMENTS as u32),
        "Clip",
        "1",
        &["--ipfs-api", ipfs.url()],
    );
    assert_eq!(uploaded["segments"]["240p30"], SEGMENTS, "{uploaded}");
    let video = uploaded["videoId"].as_str().unwrap().to_owned();
    let listen = format!("/ip4/127.0.0.1/tcp/{}", free_port());
    let serve_args = ["--listen", listen.as_str(), "--withdraw-every", "3"];
    let mut serving = publisher.serve(&serve_args);
    let viewer_before = viewer.deposited();
    let publisher_before = publisher.deposited();
    let nonce_before = viewer.json(&["account", "balance"])["nonce"].clone();

    let out = dir.path().join("watched");
    let rate = RATE.to_string();
    let watch_args = [
        "--json",
        "watch",
        video.as_str(),
        "--format",
        "240p30",
        "--rate",
        rate.as_str(),
        "--out",
        out.to_str().unwrap(),
        "--delivery",
        "keys",
        "--ipfs-api",
        ipfs.url(),
        "--ahead",
        "1",
        "--pace",
        "120",
        "--patience",
        "60",
    ];
    let spawn_watch = || {
        viewer
            .command(&watch_args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn watch")
    };
    let mut watching = spawn_watch();
    let started = Instant::now();
    // The publisher dies three times at random points of the stream, the viewer once.
    for round in 0..4 {
        std::thread::sleep(Duration::from_millis(300 + random.below(500)));
        if round == 2 {
            kill9(&mut watching);
            eprintln!("killed the viewer after {:?}", started.elapsed());
            watching = spawn_watch();
            continue;
        }
        kill9(&mut serving.child);
        eprintln!("killed the publisher after {:?}", started.elapsed());
        std::thread::sleep(Duration::from_millis(random.below(400)));
        serving = publisher.serve(&serve_args);
    }
    let output = watching.wait_with_output().expect("watch ends");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "watch failed: {stdout}");
    let watched: Value = serde_json::from_str(stdout.trim()).expect("watch JSON");
    assert_eq!(watched["segmentsReceived"], SEGMENTS, "{watched}");
    assert_eq!(watched["paidSegments"], SEGMENTS, "{watched}");
    assert!(
        watched["closeTx"].is_string(),
        "the channel was closed: {watched}"
    );
    let (lines, ok) = serving.stop();
    assert!(ok, "serve stops cleanly");
    let summary = lines.last().unwrap();
    assert_eq!(
        summary["channels"].as_array().unwrap().len(),
        1,
        "{summary}"
    );
    assert_eq!(summary["channels"][0]["closed"], true, "{summary}");

    // Every key delivered was paid and cashed; nothing more, nothing less.
    let paid = U256::from(RATE) * U256::from(SEGMENTS);
    assert_eq!(viewer.deposited(), viewer_before - paid);
    assert_eq!(publisher.deposited(), publisher_before + paid);
    // One channel, resumed by both sides.
    let channels = viewer.json(&["channel", "list"]);
    assert_eq!(
        channels.as_array().map(Vec::len),
        Some(1),
        "the restarted viewer bid again: {channels}"
    );
    assert_eq!(channels[0]["id"], watched["channel"]);
    assert_ne!(viewer.json(&["account", "balance"])["nonce"], nonce_before);
    for index in 0..SEGMENTS {
        assert!(
            out.join("240p30").join(format!("{index:05}.ts")).is_file(),
            "segment {index}"
        );
    }
}
