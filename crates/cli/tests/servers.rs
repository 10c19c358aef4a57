//! Two `paratii serve` processes for one publisher wallet, each with its own node key (PROTOCOL
//! R24). A viewer that finds one server full bids at the other; a viewer whose server is killed
//! with SIGKILL mid-stream bids again at the other and finishes there, having paid at most its
//! lookahead for nothing; the channel it left is closed with its latest payment once that server
//! is back and the viewer exits it. The wallet itself sends no transaction throughout.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use alloy::primitives::{Address, U256};
use common::*;
use paratii_ipfs::test_utils::JsIpfsDaemon;
use serde_json::{Value, json};

const SEGMENTS: u64 = 12;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The first event line `name` of either server: which one, and the line.
fn first_event(servers: [&Serving; 2], name: &str) -> (usize, Value) {
    let give_up = Instant::now() + LINE_WAIT;
    while Instant::now() < give_up {
        for (n, s) in servers.iter().enumerate() {
            while let Ok(line) = s.lines.try_recv() {
                let v: Value =
                    serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
                if v["event"] == name {
                    return (n, v);
                }
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("no {name} event from either server");
}

/// Waits for an event `name` about `channel`.
fn wait_channel_event(server: &Serving, name: &str, channel: &Value) -> Value {
    loop {
        let v = server.wait_event(name);
        if v["channel"] == *channel {
            return v;
        }
    }
}

#[test]
fn two_node_keys_share_the_load_and_take_over_from_each_other() {
    if !JsIpfsDaemon::available() {
        assert!(
            std::env::var_os("PARATII_REQUIRE_IPFS").is_none(),
            "PARATII_REQUIRE_IPFS is set but js-ipfs is missing: run npm ci"
        );
        eprintln!("SKIP: js-ipfs (npm ci) missing");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let net = Net::start(dir.path());
    let (publisher, wallet) = net.party("publisher", 0);
    let (early, _) = net.party("viewer", 1);
    let (late, _) = net.party("viewer2", 2);
    early.json(&["account", "deposit", "10"]);
    late.json(&["account", "deposit", "10"]);
    publisher.json(&["keys", "generate", "comm", "publisher-second"]);
    publisher.json(&["user", "add-key", "publisher-second"]);
    let ipfs = JsIpfsDaemon::start().unwrap();
    let uploaded = upload_with(
        &publisher,
        &clip(dir.path(), "clip.mp4", "testsrc", SEGMENTS as u32),
        "Clip",
        "1",
        &["--ipfs-api", ipfs.url()],
    );
    let video = uploaded["videoId"].as_str().unwrap().to_owned();
    let keys = publisher.json(&["user", "show"])["keys"].clone();
    for k in keys.as_array().unwrap() {
        give_eth(&net.url(), k["key"].as_str().unwrap().parse().unwrap());
    }
    let wallet_address: Address = wallet.parse().unwrap();
    let publisher_before = publisher.deposited();

    // Two servers, one channel each at most, each with its own key and channel store; the
    // wallet's key is never unlocked.
    let names = ["publisher-node", "publisher-second"];
    let listens = [free_port(), free_port()].map(|p| format!("/ip4/127.0.0.1/tcp/{p}"));
    let stores = ["a.redb", "b.redb"].map(|f| dir.path().join(f));
    let args = |n: usize| -> Vec<String> {
        [
            "--wallet",
            "cold",
            "--for-wallet",
            &wallet,
            "--node-key",
            "--max-channels",
            "1",
            "--listen",
            &listens[n],
            "--store",
            stores[n].to_str().unwrap(),
        ]
        .map(String::from)
        .to_vec()
    };
    let start = |n: usize| {
        let a = args(n);
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        publisher.serve_as(names[n], &a)
    };
    let mut servers = [start(0), start(1)];
    let peer_ids = servers
        .each_ref()
        .map(|s| s.ready["peerId"].as_str().unwrap().to_owned());
    let addrs: Vec<String> = (0..2)
        .map(|n| format!("{}/p2p/{}", listens[n], peer_ids[n]))
        .collect();
    // What `serve --node-key` tells the wallet to run, with both servers.
    publisher.json(&["user", "profile", &json!({ "addrs": addrs }).to_string()]);
    let wallet_txs = tx_count(&net.url(), wallet_address);

    let rate = RATE.to_string();
    let watch_args = |out: &str, pace: &'static str| -> Vec<String> {
        [
            "--json",
            "watch",
            &video,
            "--format",
            "240p30",
            "--rate",
            &rate,
            "--out",
            out,
            "--delivery",
            "keys",
            "--ipfs-api",
            ipfs.url(),
            "--ahead",
            "1",
            "--pace",
            pace,
            "--patience",
            "3",
            // Past the exit window, so that the viewer may exit the channel it leaves.
            "--expiry",
            "7200",
        ]
        .map(String::from)
        .to_vec()
    };
    let early_out = dir.path().join("early");
    let a = watch_args(early_out.to_str().unwrap(), "1000");
    let early_watch = early
        .command(&a.iter().map(String::as_str).collect::<Vec<_>>())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn watch");
    let (first, opened) = first_event([&servers[0], &servers[1]], "opened");
    let second = 1 - first;
    let left_channel = opened["channel"].clone();

    // The first server is full: the late viewer is served by the second.
    let late_out = dir.path().join("late");
    let a = watch_args(late_out.to_str().unwrap(), "0");
    let watched_late = late.json(&a[1..].iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(watched_late["segmentsReceived"], SEGMENTS, "{watched_late}");
    assert_eq!(
        watched_late["publisher"], peer_ids[second],
        "{watched_late}"
    );
    // Its close counted before the early viewer needs the room.
    wait_channel_event(&servers[second], "closed", &watched_late["channel"]);

    // The early viewer's server dies mid-stream; after its patience it bids at the other.
    servers[first].child.kill().unwrap();
    servers[first].child.wait().unwrap();
    let output = early_watch.wait_with_output().expect("watch ends");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "watch failed: {stdout}");
    let watched: Value = serde_json::from_str(stdout.trim()).expect("watch JSON");
    assert_eq!(watched["segmentsReceived"], SEGMENTS, "{watched}");
    assert_eq!(watched["publisher"], peer_ids[second], "{watched}");
    let abandoned = watched["abandoned"].as_array().unwrap();
    assert_eq!(abandoned.len(), 1, "{watched}");
    assert_eq!(abandoned[0]["channel"], left_channel);
    assert_eq!(abandoned[0]["publisher"], peer_ids[first]);
    // Paid ahead for nothing: at most one key (the lookahead) on the channel left behind.
    let paid = watched["paidSegments"].as_u64().unwrap();
    assert!(paid <= SEGMENTS + 1, "{watched}");

    // The first server comes back, the viewer exits the channel it left, and the server closes
    // it at once with the latest payment it had persisted.
    servers[first] = start(first);
    let exited = early.json(&["channel", "exit", left_channel.as_str().unwrap()]);
    assert_eq!(exited["id"], left_channel, "{exited}");
    wait_channel_event(&servers[first], "closed", &left_channel);
    for s in servers {
        let (_, ok) = s.stop();
        assert!(ok, "serve stops cleanly");
    }

    // Everything either server was paid reached the wallet, which sent nothing itself.
    let spent = |v: &Value| wei(&v["paidWei"]);
    let credited = publisher.deposited() - publisher_before;
    // Every key delivered was paid for (to one server or the other) and cashed.
    assert!(
        credited >= spent(&watched_late) + U256::from(RATE) * U256::from(SEGMENTS),
        "credited {credited}"
    );
    assert!(
        credited <= spent(&watched_late) + spent(&watched),
        "credited {credited}"
    );
    assert_eq!(tx_count(&net.url(), wallet_address), wallet_txs);
    assert!(
        early
            .json(&["channel", "list"])
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["status"] != "open"),
        "no channel of the early viewer stays open"
    );
}
