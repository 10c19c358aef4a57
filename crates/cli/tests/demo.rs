//! `paratii demo`, the README's main command, end to end: it must finish, and what it reports must
//! agree with itself (the money paid equals the money cashed, every channel is closed) and with the
//! files it says it wrote.

use std::process::Command;

use alloy::primitives::U256;
use serde_json::Value;

fn wei(value: &Value) -> U256 {
    value
        .as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not a decimal wei string: {value}"))
}

#[test]
fn demo_streams_pays_both_ways_and_settles() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("demo");
    let output = Command::new(env!("CARGO_BIN_EXE_paratii"))
        .args(["demo", "--dir"])
        .arg(&out)
        .args(["--clip-seconds", "4"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "demo failed: {stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for expected in ["money trail", "channels", "transactions", "watched output"] {
        assert!(stdout.contains(expected), "no {expected:?} in:\n{stdout}");
    }
    assert!(
        !stdout.contains("REVERTED"),
        "a transaction reverted:\n{stdout}"
    );

    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("demo.json")).unwrap()).unwrap();
    let watch = &summary["watch"];
    let advertise = &summary["advertise"];
    // 4 s at 2 s per segment.
    assert_eq!(watch["segmentsReceived"], 2, "{watch}");
    assert_eq!(watch["missing"].as_array().map(Vec::len), Some(0));
    assert_eq!(advertise["delivered"], advertise["receiptsChecked"]);
    assert!(wei(&advertise["paidWei"]) > U256::ZERO);

    // What the viewer paid is what the publisher cashed; what the advertiser paid, the viewer.
    let publisher = &summary["publisherServe"];
    let viewer = &summary["viewerServe"];
    // The publisher was paid by two channels: `watch` (bytes) and the player (keys).
    let play = &summary["play"]["meter"];
    assert!(
        play["closed"]["tx"].is_string(),
        "Stop closed the player's channel: {play}"
    );
    assert!(play["segmentsPaid"].as_u64().unwrap() >= 1, "{play}");
    assert!(play["secondsPlayed"].as_f64().unwrap() > 0.0, "{play}");
    assert_eq!(
        wei(&publisher["cashedWei"]),
        wei(&watch["paidWei"]) + wei(&play["spentWei"])
    );
    let screenshot = summary["play"]["screenshot"].as_str().unwrap();
    assert!(
        std::fs::metadata(screenshot).unwrap().len() > 10_000,
        "a PNG of the player"
    );
    assert_eq!(wei(&viewer["cashedWei"]), wei(&advertise["paidWei"]));
    for serve in [publisher, viewer] {
        for channel in serve["channels"].as_array().unwrap() {
            assert_eq!(channel["closed"], true, "{channel}");
        }
    }

    let functions: Vec<&str> = summary["transactions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|tx| tx["function"].as_str())
        .collect();
    assert_eq!(functions.iter().filter(|f| **f == "open").count(), 3);
    assert!(functions.iter().filter(|f| **f == "close").count() >= 3);
    assert!(summary["totalGas"].as_u64().unwrap() > 0);

    let played = std::path::PathBuf::from(watch["output"].as_str().unwrap());
    let probe = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "csv=p=0",
        ])
        .arg(&played)
        .output()
        .unwrap();
    assert!(
        probe.status.success(),
        "ffprobe cannot read {}",
        played.display()
    );
    let seconds: f64 = String::from_utf8_lossy(&probe.stdout)
        .trim()
        .parse()
        .unwrap();
    assert!(
        (seconds - 4.0).abs() < 0.5,
        "watched {seconds} s of a 4 s clip"
    );
}
