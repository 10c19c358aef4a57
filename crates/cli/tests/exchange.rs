//! `paratii serve`, `watch` and `advertise` as separate processes of the real binary on a dev-net:
//! a publisher uploads and serves a clip, a viewer (serving attention) watches it, an advertiser
//! pays the viewer to watch an ad; balances on chain move by exactly what was paid. Also the
//! process-level refusals: an unknown video, a rate below the publisher's minimum.

mod common;

use std::path::{Path, PathBuf};

use alloy::primitives::U256;
use common::*;

#[test]
fn publisher_viewer_advertiser_as_processes() {
    let dir = tempfile::tempdir().unwrap();
    let net = Net::start(dir.path());
    let Parties {
        publisher,
        viewer,
        advertiser,
        viewer_wallet,
    } = net.parties();

    // A 3 s clip in 1 s segments: 3 segments of 240p30.
    let uploaded = upload(
        &publisher,
        &clip(dir.path(), "clip.mp4", "testsrc", 3),
        "Clip",
    );
    assert_eq!(uploaded["segments"]["240p30"], 3, "{uploaded}");
    let video = uploaded["videoId"].as_str().unwrap().to_owned();

    let publishing = publisher.serve(&["--min-rate", "240p30=1000", "--withdraw-every", "2"]);
    assert!(
        publishing.ready["peerId"]
            .as_str()
            .unwrap()
            .starts_with("16U")
    );
    let addr = publishing.ready["addrs"][0].as_str().unwrap().to_owned();
    assert!(addr.starts_with("/ip4/127.0.0.1/tcp/"), "{addr}");
    assert!(addr.ends_with(publishing.ready["peerId"].as_str().unwrap()));
    assert_eq!(publishing.ready["videos"][0], video.as_str());
    let watching = viewer.serve(&["--accept-attention", "--attention-batch", "1"]);

    let out = dir.path().join("watched");
    let out_s = out.to_str().unwrap();
    let viewer_before = viewer.deposited();
    let publisher_before = publisher.deposited();

    // Refusals: an unknown video, and a rate below the publisher's minimum; no funds move.
    let unknown = format!("0x{}", "ab".repeat(32));
    let err = viewer.fails(&[
        "watch", &unknown, "--format", "240p30", "--rate", "1000", "--out", out_s,
    ]);
    assert!(err.contains("is not registered in VideoRegistry"), "{err}");
    let err = viewer.fails(&[
        "watch", &video, "--format", "240p30", "--rate", "999", "--out", out_s,
    ]);
    assert!(
        err.contains("RateTooLow")
            && err.contains(
                "0.000000000000000999 PTI/s is below this peer's minimum of 0.000000000000001 PTI/s"
            ),
        "{err}"
    );
    assert_eq!(
        viewer.deposited(),
        viewer_before,
        "a refused bid moves no funds"
    );
    assert_eq!(publisher.deposited(), publisher_before);

    // The content exchange.
    let rate = RATE.to_string();
    let watched = viewer.json(&[
        "watch", &video, "--format", "240p30", "--rate", &rate, "--out", out_s, "--ahead", "2",
    ]);
    assert_eq!(watched["segmentsReceived"], 3, "{watched}");
    assert_eq!(watched["received"], serde_json::json!([0, 1, 2]));
    assert_eq!(watched["missing"], serde_json::json!([]));
    assert_eq!(watched["paidSegments"], 3);
    let paid = wei(&watched["paidWei"]);
    assert_eq!(
        paid,
        U256::from(3 * RATE),
        "3 segments of 1 s at RATE per second"
    );
    // Byte for byte the publisher's renditions, and a playable whole.
    let renditions = Path::new(uploaded["workDir"].as_str().unwrap()).join("renditions/240p30");
    for i in 0..3 {
        let name = format!("{i:05}.ts");
        assert_eq!(
            std::fs::read(out.join("240p30").join(&name)).unwrap(),
            std::fs::read(renditions.join(&name)).unwrap(),
            "segment {i}"
        );
    }
    let output = PathBuf::from(watched["output"].as_str().unwrap());
    assert_eq!(output, out.join("240p30.ts"));
    let duration = ffprobe_duration(&output);
    assert!((duration - 3.0).abs() < 0.5, "duration {duration}");
    assert!(out.join("240p30/index.m3u8").is_file());

    let (lines, ok) = publishing.stop();
    assert!(ok, "serve exits cleanly on SIGTERM");
    let summary = lines.last().unwrap();
    assert_eq!(summary["summary"], true, "{summary}");
    let channel = &summary["channels"][0];
    assert_eq!(channel["channel"], watched["channel"]);
    assert_eq!(channel["closed"], true);
    assert_eq!(wei(&channel["cashedWei"]), paid);
    assert!(
        summary["txs"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["gasUsed"].as_u64().unwrap() > 0)
    );
    assert!(lines.iter().any(|l| l["event"] == "opened"), "{lines:?}");
    assert_eq!(
        publisher.deposited(),
        publisher_before + paid,
        "the publisher cashed exactly what was paid"
    );
    assert_eq!(
        viewer.deposited(),
        viewer_before - paid,
        "the rest of the escrow returned"
    );

    // The attention exchange: the advertiser pays the viewer to watch a 2 s ad.
    let ad = upload(
        &advertiser,
        &clip(dir.path(), "ad.mp4", "testsrc2", 2),
        "Ad",
    );
    assert_eq!(ad["segments"]["240p30"], 2, "{ad}");
    let viewer_before = viewer.deposited();
    let ad_rate = AD_RATE.to_string();
    let advertised = advertiser.json(&[
        "advertise",
        &viewer_wallet,
        ad["videoId"].as_str().unwrap(),
        "--format",
        "240p30",
        "--rate",
        &ad_rate,
    ]);
    assert_eq!(advertised["delivered"], 2, "{advertised}");
    assert_eq!(advertised["receiptsChecked"], 2);
    let ad_paid = wei(&advertised["paidWei"]);
    assert_eq!(ad_paid, U256::from(2 * AD_RATE));
    let done = watching.wait_event("attentionDone");
    assert_eq!(done["segments"], 2, "{done}");
    assert!(done["error"].is_null(), "{done}");
    let (lines, ok) = watching.stop();
    assert!(ok);
    let summary = lines.last().unwrap();
    assert_eq!(summary["channels"][0]["role"], "attention", "{summary}");
    assert_eq!(wei(&summary["channels"][0]["cashedWei"]), ad_paid);
    assert_eq!(
        viewer.deposited(),
        viewer_before + ad_paid,
        "the viewer cashed exactly what the ad paid"
    );
    let ad_dir = dir
        .path()
        .join("viewer/data/attention")
        .join(advertised["channel"].as_str().unwrap());
    assert!(ad_dir.join("00001.ts").is_file());
}

/// `serve --node-key` (PROTOCOL R21, R23): the communication key sends every channel transaction
/// for the wallet, whose keystore is never read; credits go to the wallet, gas comes from the key.
#[test]
fn a_node_key_serves_for_a_cold_wallet() {
    let dir = tempfile::tempdir().unwrap();
    let net = Net::start(dir.path());
    let (publisher, publisher_wallet) = net.party("publisher", 0);
    let (viewer, _) = net.party("viewer", 1);
    viewer.json(&["account", "deposit", "10"]);
    let uploaded = upload(
        &publisher,
        &clip(dir.path(), "clip.mp4", "testsrc", 2),
        "Clip",
    );
    let video = uploaded["videoId"].as_str().unwrap().to_owned();
    let node_key = uploaded["ownerKey"].as_str().unwrap().to_owned();
    // `--wallet` names no keystore entry: only the node key is unlocked.
    let node_args = [
        "--wallet",
        "cold",
        "--for-wallet",
        publisher_wallet.as_str(),
        "--node-key",
    ];

    // A key without ETH is refused before listening, with what to do.
    let err = publisher.fails(&[&["serve", "--key", "publisher-node"][..], &node_args].concat());
    assert!(err.contains("has no ETH"), "{err}");

    let key: alloy::primitives::Address = node_key.parse().unwrap();
    let wallet: alloy::primitives::Address = publisher_wallet.parse().unwrap();
    give_eth(&net.url(), key);
    let wallet_txs = tx_count(&net.url(), wallet);
    let deposited = publisher.deposited();

    let serving = publisher.serve(&node_args);
    let address = |v: &serde_json::Value| {
        v.as_str()
            .unwrap()
            .parse::<alloy::primitives::Address>()
            .unwrap()
    };
    assert_eq!(address(&serving.ready["wallet"]), wallet);
    assert_eq!(address(&serving.ready["sender"]), key);
    let addr = serving.ready["addrs"][0].as_str().unwrap().to_owned();
    let out = dir.path().join("watched");
    let rate = RATE.to_string();
    let watched = viewer.json(&[
        "watch",
        &video,
        "--format",
        "240p30",
        "--rate",
        &rate,
        "--out",
        out.to_str().unwrap(),
        "--peer",
        &addr,
    ]);
    assert_eq!(watched["paidSegments"], 2, "{watched}");
    let (_, ok) = serving.stop();
    assert!(ok);
    assert_eq!(
        publisher.deposited() - deposited,
        wei(&watched["paidWei"]),
        "every paid segment credited to the wallet"
    );
    assert_eq!(
        tx_count(&net.url(), wallet),
        wallet_txs,
        "the wallet sent nothing"
    );
    assert!(
        tx_count(&net.url(), key) >= 2,
        "the node key opened and closed"
    );
}

#[test]
fn a_node_key_with_a_password_of_its_own_sells_once_the_secrets_are_shared() {
    let dir = tempfile::tempdir().unwrap();
    let net = Net::start(dir.path());
    let (publisher, wallet) = net.party("publisher", 0);
    let (viewer, _) = net.party("viewer", 1);
    viewer.json(&["account", "deposit", "10"]);
    let uploaded = upload(
        &publisher,
        &clip(dir.path(), "clip.mp4", "testsrc", 2),
        "Clip",
    );
    let video = uploaded["videoId"].as_str().unwrap().to_owned();

    // The node key has its own password; the wallet registers it, then it moves to the node's
    // keystore, which holds no wallet key and no secret.
    let node_password = dir.path().join("node-password");
    std::fs::write(&node_password, "the node's own password").unwrap();
    let pw = node_password.to_str().unwrap();
    publisher.json(&[
        "--password-file",
        pw,
        "keys",
        "generate",
        "comm",
        "node-own",
    ]);
    let added = publisher.json(&["user", "add-key", "node-own", "--key-password-file", pw]);
    give_eth(&net.url(), added["key"].as_str().unwrap().parse().unwrap());
    let node_keystore = dir.path().join("node-keystore");
    std::fs::create_dir_all(node_keystore.join("comm")).unwrap();
    std::fs::rename(
        publisher.root.join("keystore/comm/node-own.json"),
        node_keystore.join("comm/node-own.json"),
    )
    .unwrap();
    let node = |store: &str| {
        let store = dir.path().join(store);
        let mut cmd = publisher.command(&[
            "serve",
            "--json",
            "--listen",
            "/ip4/127.0.0.1/tcp/0",
            "--wallet",
            "cold",
            "--for-wallet",
            &wallet,
            "--node-key",
            "--key",
            "node-own",
            "--key-password-file",
            pw,
            "--store",
            store.to_str().unwrap(),
        ]);
        cmd.env("PARATII_KEYSTORE", &node_keystore);
        spawn_serving(cmd)
    };
    let rate = RATE.to_string();
    let watch = |serving: &Serving, out: &str| {
        let out = dir.path().join(out);
        let addr = serving.ready["addrs"][0].as_str().unwrap().to_owned();
        viewer
            .command(&[
                "--json",
                "watch",
                &video,
                "--format",
                "240p30",
                "--rate",
                &rate,
                "--out",
                out.to_str().unwrap(),
                "--peer",
                &addr,
            ])
            .output()
            .unwrap()
    };

    // Without the secrets the node refuses the bid: no channel opens on a video it cannot sell.
    let channels_before = viewer.json(&["channel", "list"]).as_array().unwrap().len();
    let serving = node("a.redb");
    let refused = watch(&serving, "refused");
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("cannot sell video"), "{stderr}");
    assert_eq!(
        viewer.json(&["channel", "list"]).as_array().unwrap().len(),
        channels_before
    );
    let (_, ok) = serving.stop();
    assert!(ok);

    // Refused: no node password, or the wallet's own keystore as the target.
    let err = publisher.fails(&[
        "share-secrets",
        "--to-keystore",
        node_keystore.to_str().unwrap(),
    ]);
    assert!(err.contains("--key-password-file"), "{err}");
    let own = publisher.root.join("keystore");
    let err = publisher.fails(&[
        "share-secrets",
        "--to-keystore",
        own.to_str().unwrap(),
        "--key-password-file",
        pw,
    ]);
    assert!(err.contains("the wallet's own keystore"), "{err}");

    // Shared (twice: a re-run finds them), the node sells.
    let args = [
        "share-secrets",
        "--to-keystore",
        node_keystore.to_str().unwrap(),
        "--key-password-file",
        pw,
    ];
    let shared = publisher.json(&args);
    assert_eq!(shared["secrets"][0]["status"], "written", "{shared}");
    let again = publisher.json(&args);
    assert_eq!(again["secrets"][0]["status"], "already there", "{again}");
    let serving = node("b.redb");
    let watched = watch(&serving, "watched");
    let stdout = String::from_utf8_lossy(&watched.stdout);
    assert!(watched.status.success(), "{stdout}");
    let watched: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(watched["paidSegments"], 2, "{watched}");
    let (_, ok) = serving.stop();
    assert!(ok);
}
