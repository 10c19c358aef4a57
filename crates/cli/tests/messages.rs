//! What a careless user meets in `watch` and `advertise`, run as the real binary on a dev-net:
//! every argument that can be checked without the other peer is refused before the bid, and
//! every refusal says what happened and what to do. After each one, nothing was sent: the
//! viewer's bid nonce (which any opened channel moves), its transaction count and both free
//! balances are as they were, and no channel exists.

mod common;

use std::path::Path;

use alloy::primitives::{Address, U256};
use common::*;
use serde_json::Value;

/// What a refusal must leave as it was.
#[derive(Debug, PartialEq)]
struct Untouched {
    viewer_nonce: Value,
    viewer_txs: u64,
    viewer_deposit: U256,
    publisher_txs: u64,
    publisher_deposit: U256,
    channels: usize,
}

struct World {
    net: Net,
    publisher: Actor,
    viewer: Actor,
    publisher_wallet: Address,
    viewer_wallet: Address,
    video: String,
}

impl World {
    fn untouched(&self) -> Untouched {
        Untouched {
            viewer_nonce: self.viewer.json(&["account", "balance"])["nonce"].clone(),
            viewer_txs: tx_count(&self.net.url(), self.viewer_wallet),
            viewer_deposit: self.viewer.deposited(),
            publisher_txs: tx_count(&self.net.url(), self.publisher_wallet),
            publisher_deposit: self.publisher.deposited(),
            channels: self
                .viewer
                .json(&["channel", "list"])
                .as_array()
                .map_or(0, Vec::len),
        }
    }

    /// `paratii watch VIDEO --format 240p30 --rate RATE --out OUT`, with `options` (flag, value)
    /// replacing those or added.
    fn watch_args<'a>(&'a self, out: &'a str, options: &[&'a str]) -> Vec<&'a str> {
        let mut args = vec!["watch", self.video.as_str(), "--format", "240p30", "--rate"];
        args.extend([RATE_S, "--out", out]);
        for pair in options.chunks(2) {
            match args.iter().position(|a| *a == pair[0]) {
                Some(at) => args[at + 1] = pair[1],
                None => args.extend_from_slice(pair),
            }
        }
        args
    }
}

const RATE_S: &str = "1000000000000000";

/// Exactly one `hint:` line, containing each of `wanted`.
fn assert_hint(stderr: &str, wanted: &[&str]) {
    let hints: Vec<&str> = stderr.lines().filter(|l| l.starts_with("hint: ")).collect();
    assert_eq!(hints.len(), 1, "one hint line:\n{stderr}");
    for w in wanted {
        assert!(hints[0].contains(w), "the hint says {w:?}:\n{stderr}");
    }
}

/// Each cause is said once: no `X: X` in the error line.
fn assert_said_once(stderr: &str) {
    let line = stderr.lines().next().unwrap_or_default();
    let parts: Vec<&str> = line.split(": ").collect();
    for pair in parts.windows(2) {
        assert_ne!(pair[0], pair[1], "a cause said twice:\n{stderr}");
    }
}

#[test]
fn watch_and_advertise_refuse_before_the_bid_and_say_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let net = Net::start(dir.path());
    let (publisher, publisher_wallet) = net.party("publisher", 0);
    let (viewer, viewer_wallet) = net.party("viewer", 1);
    viewer.json(&["account", "deposit", "10"]);
    // The publisher advertises its own video to the viewer below: it pays from a deposit.
    publisher.json(&["account", "deposit", "1"]);
    let uploaded = upload(
        &publisher,
        &clip(dir.path(), "clip.mp4", "testsrc", 3),
        "Clip",
    );
    let w = World {
        video: uploaded["videoId"].as_str().unwrap().to_owned(),
        publisher_wallet: publisher_wallet.parse().unwrap(),
        viewer_wallet: viewer_wallet.parse().unwrap(),
        net,
        publisher,
        viewer,
    };
    let out = dir.path().join("watched");
    let out_s = out.to_str().unwrap();
    let serving = w.publisher.serve(&[]);

    // A watch that works prints each amount with one unit: `0.001 PTI`, never `PTI PTI`.
    let text = w
        .viewer
        .text(&w.watch_args(out_s, &["--segments", "1", "--ahead", "1"]));
    assert!(
        text.contains("paid       1 segments = 0.001 PTI (1000000000000000 wei)"),
        "{text}"
    );
    assert!(!text.contains("PTI PTI"), "{text}");
    let before = w.untouched();

    // --segments 0 and --ahead 0 are usage errors, said as such.
    let err = w
        .viewer
        .fails_with(2, &w.watch_args(out_s, &["--segments", "0"]));
    assert!(err.contains("0 segments is nothing to watch"), "{err}");
    let err = w
        .viewer
        .fails_with(2, &w.watch_args(out_s, &["--ahead", "0"]));
    assert!(err.contains("the smallest window is 1"), "{err}");

    // --out an existing file, or below one (Not a directory, said once).
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"not a directory").unwrap();
    let err = w.viewer.fails(&w.watch_args(file.to_str().unwrap(), &[]));
    assert!(
        err.contains("is an existing file, not a directory"),
        "{err}"
    );
    let below = file.join("out");
    let err = w.viewer.fails(&w.watch_args(below.to_str().unwrap(), &[]));
    assert!(err.contains("cannot create"), "{err}");
    assert_eq!(err.matches("Not a directory").count(), 1, "{err}");
    assert_said_once(&err);
    // A directory that refuses files (not for root, whom modes do not stop).
    if !running_as_root() {
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        set_mode(&locked, 0o555);
        let err = w
            .viewer
            .fails(&w.watch_args(locked.join("out").to_str().unwrap(), &[]));
        set_mode(&locked, 0o755);
        assert!(err.contains("Permission denied"), "{err}");
    }

    // A format the video does not have: the registered ones, and which to pass.
    let err = w
        .viewer
        .fails(&w.watch_args(out_s, &["--format", "1080p30"]));
    assert!(err.contains("has no format \"1080p30\""), "{err}");
    assert_hint(&err, &["--format 240p30"]);

    // Ids that are not 32-byte hex nor a CID are refused, not hashed into another id.
    for bad in [
        "0x1234",
        "0xabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcdefabcd1",
        "nonsense",
    ] {
        let mut args = w.watch_args(out_s, &[]);
        args[1] = bad;
        let err = w.viewer.fails(&args);
        assert!(
            err.contains("is not a video id") || err.contains("is neither a video id"),
            "{bad}: {err}"
        );
        assert!(err.contains("64 hex digits"), "{err}");
    }

    // A deposit that cannot cover rate x duration (4 PTI/s x 3 s, and 10 PTI less the 0.001
    // the first watch paid): in PTI, with the command that fixes it.
    let err = w
        .viewer
        .fails(&w.watch_args(out_s, &["--rate", "4000000000000000000"]));
    assert!(
        err.contains("your deposit of 9.999 PTI does not cover the 12 PTI"),
        "{err}"
    );
    assert!(!err.contains("000000000000000000"), "no wei: {err}");
    assert_hint(&err, &["paratii account deposit 2.001", "--rate"]);
    assert_eq!(w.untouched(), before, "a refusal sent a transaction");

    // Advertising to a viewer that does not serve: what it must run.
    let advertise = |rate: &str| {
        w.publisher.fails(&[
            "advertise",
            &viewer_wallet,
            &w.video,
            "--format",
            "240p30",
            "--rate",
            rate,
        ])
    };
    let err = advertise(RATE_S);
    assert!(err.contains("is not taking ads"), "{err}");
    assert_hint(
        &err,
        &["serve --accept-attention", "play --accept-attention"],
    );
    // Its deposit too small, in PTI (1 PTI deposited and the 0.001 the viewer paid; 3 s at
    // 1 PTI/s needs 3).
    let err = advertise("1000000000000000000");
    assert!(
        err.contains("your deposit of 1.001 PTI does not cover the 3 PTI"),
        "{err}"
    );
    assert_hint(&err, &["paratii account deposit 1.999"]);
    // A viewer that served and stopped: offline, at the addresses tried.
    let attention = w.viewer.serve(&["--accept-attention"]);
    let viewer_addr = attention.ready["addrs"][0].as_str().unwrap().to_owned();
    let (_, ok) = attention.stop();
    assert!(ok);
    let err = advertise(RATE_S);
    assert!(
        err.contains("the viewer") && err.contains("seems to be offline"),
        "{err}"
    );
    assert!(err.contains(&viewer_addr), "the address tried: {err}");
    assert_hint(&err, &["serve --accept-attention"]);
    assert_eq!(w.untouched().publisher_deposit, before.publisher_deposit);

    // The publisher stops: offline, at the addresses its profile publishes; what to do.
    let publisher_addr = serving.ready["addrs"][0].as_str().unwrap().to_owned();
    let (_, ok) = serving.stop();
    assert!(ok);
    let before = w.untouched();
    let err = w.viewer.fails(&w.watch_args(out_s, &[]));
    assert!(
        err.contains("the publisher") && err.contains("seems to be offline"),
        "{err}"
    );
    assert!(err.contains(&publisher_addr), "the address tried: {err}");
    assert!(!err.contains("Failed to dial"), "{err}");
    assert_hint(&err, &["paratii serve", "--peer"]);
    // A publisher that publishes no address at all.
    w.publisher.json(&["user", "profile", "{}"]);
    let before_profile = Untouched {
        publisher_txs: before.publisher_txs + 1,
        ..before
    };
    let err = w.viewer.fails(&w.watch_args(out_s, &[]));
    assert!(err.contains("publishes no address"), "{err}");
    assert_hint(&err, &["paratii serve"]);
    assert_eq!(
        w.untouched(),
        before_profile,
        "a refusal sent a transaction"
    );
}

fn running_as_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}
