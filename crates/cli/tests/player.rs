//! `paratii play` in a real browser (Debian's chromium, driven by playwright-core through
//! tools/player/drive.mjs) against a dev-net, a `paratii serve` publisher in keys mode and the
//! js-ipfs RPC server the publisher pinned its upload on. Every assertion about money is checked
//! on chain.

mod common;
#[path = "player/harness.rs"]
mod harness;

use std::process::{Command, Stdio};
use std::time::Duration;

use alloy::primitives::U256;
use common::*;
use harness::*;
use serde_json::{Value, json};

#[test]
fn the_player_pays_for_what_plays_pauses_seeks_and_stops() {
    if !browser_available() {
        return;
    }
    let w = World::start();
    let before = w.viewer.deposited();
    let publisher_before = w.publisher.deposited();
    // Lookahead 0: every key paid is a key the player asked for, so the chain must show exactly
    // the keys the page fetched.
    let playing = w.play(&["--lookahead", "0"]);
    let shot = w.shot("player.png");
    let report = drive(
        &playing.url(),
        &json!([
            {"do": "play"},
            {"do": "waitFor", "what": "currentTime", "atLeast": 3, "timeout": 40},
            {"do": "sample", "label": "played"},
            {"do": "pause"},
            {"do": "wait", "seconds": 1.5},
            {"do": "sample", "label": "paused"},
            {"do": "wait", "seconds": 4.5},
            {"do": "sample", "label": "after-pause"},
            {"do": "play"},
            {"do": "waitFor", "what": "currentTime", "atLeast": 4.5, "timeout": 30},
            {"do": "sample", "label": "resumed"},
            {"do": "seek", "to": 10.2},
            {"do": "waitFor", "what": "currentTime", "atLeast": 10.8, "timeout": 30},
            {"do": "sample", "label": "after-seek"},
            {"do": "screenshot", "path": shot.to_str().unwrap()},
            {"do": "stop"},
            {"do": "waitFor", "what": "closed", "timeout": 30},
            {"do": "sample", "label": "stopped"},
        ]),
        None,
    );
    assert_eq!(report["ok"], true, "{report}");
    assert!(shot.is_file(), "a screenshot of the player");
    // It plays: the clock moves and frames are decoded.
    let played = sample(&report, "played");
    assert!(played["currentTime"].as_f64().unwrap() >= 3.0);
    assert!(played["decodedFrames"].as_u64().unwrap() > 0, "{played}");
    // Paused for more than two segment durations: no new key, no new payment.
    let paused = sample(&report, "paused");
    let after_pause = sample(&report, "after-pause");
    assert_eq!(
        keys_of(paused),
        keys_of(after_pause),
        "a paused player buys nothing"
    );
    assert_eq!(
        paused["meter"]["segmentsPaid"],
        after_pause["meter"]["segmentsPaid"]
    );
    // Resumed: payments resume.
    let resumed = sample(&report, "resumed");
    assert!(
        resumed["meter"]["segmentsPaid"].as_u64() > after_pause["meter"]["segmentsPaid"].as_u64()
            || keys_of(resumed).len() > keys_of(after_pause).len(),
        "payments resume: {resumed}"
    );
    // The seek from about 4.5 s to 10.2 s skips segment 4 (8-10 s): never asked for, never paid.
    let after_seek = sample(&report, "after-seek");
    let keys = keys_of(after_seek);
    assert!(keys.contains(&5), "{keys:?}");
    assert!(
        !keys.contains(&4),
        "the skipped segment's key was fetched: {keys:?}"
    );
    // Stop: the channel is closed on chain and the rest of the escrow is free again.
    let stopped = sample(&report, "stopped");
    let meter = &stopped["meter"];
    let channel = meter["channel"].as_str().unwrap().to_owned();
    assert!(meter["closed"]["tx"].is_string(), "{meter}");
    let (ok, _, stderr) = playing.finish();
    assert!(ok, "play exits 0 after Stop: {stderr}");
    let shown = w.viewer.json(&["channel", "show", &channel]);
    assert_eq!(shown["status"], "closed", "{shown}");
    let paid_keys = keys_of(stopped).len() as u64;
    assert_eq!(meter["segmentsPaid"], paid_keys, "{meter}");
    assert_eq!(
        shown["balance"].as_str().unwrap().parse::<U256>().unwrap(),
        U256::from(paid_keys),
        "{shown}"
    );
    let spent = W::price() * U256::from(paid_keys);
    assert_eq!(
        w.viewer.deposited(),
        before - spent,
        "the viewer paid exactly the {paid_keys} keys the page fetched; the rest was refunded"
    );
    assert_eq!(w.publisher.deposited(), publisher_before + spent);
}

type W = World;

#[test]
fn standard_players_read_the_playlist_and_a_closed_page_ends_the_session() {
    if !browser_available() {
        return;
    }
    let w = World::start();
    let before = w.viewer.deposited();
    let playing = w.play(&[]);
    let out = w.dir.path().join("ffmpeg.ts");
    let ffmpeg = Command::new("ffmpeg")
        .args([
            "-v",
            "error",
            "-nostdin",
            "-y",
            "-allowed_extensions",
            "ALL",
            "-i",
        ])
        .arg(playing.playlist())
        .args(["-c", "copy"])
        .arg(&out)
        .output()
        .expect("ffmpeg runs");
    assert!(
        ffmpeg.status.success(),
        "ffmpeg reads the playlist: {}",
        String::from_utf8_lossy(&ffmpeg.stderr)
    );
    let probe = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "csv=p=0",
        ])
        .arg(&out)
        .output()
        .unwrap();
    let duration: f64 = String::from_utf8_lossy(&probe.stdout)
        .trim()
        .parse()
        .unwrap();
    assert!((duration - 12.0).abs() < 0.6, "duration {duration}");
    // Nobody is watching any more: after the grace period the session ends and the channel is
    // closed with the latest payment (ffmpeg fetched every key).
    let (ok, lines, stderr) = playing.finish();
    assert!(ok, "{stderr}");
    let summary: Value = serde_json::from_str(lines.last().unwrap()).unwrap_or(Value::Null);
    let _ = summary;
    assert_eq!(
        w.viewer.deposited(),
        before - W::price() * U256::from(SEGMENTS),
        "ffmpeg fetched every key: the whole video is paid, nothing more"
    );
}

#[test]
fn no_other_page_and_no_foreign_host_can_drive_the_player() {
    if !browser_available() {
        return;
    }
    let w = World::start();
    let before = w.viewer.deposited();
    let playing = w.play(&["--grace", "60"]);
    let addr = playing.addr();
    let token = playing.token();
    // A DNS-rebinding page sends its own name as Host: nothing, even with the secret.
    for path in ["/key/0", "/live.m3u8", "/state", "/seg/0.ts"] {
        let (status, _) = http(
            &addr,
            "GET",
            &format!("{path}?token={token}"),
            &[("Host", "evil.example:80")],
            "",
        );
        assert_eq!(status, 403, "{path} with a foreign Host");
    }
    let (status, _) = http(
        &addr,
        "POST",
        &format!("/stop?token={token}"),
        &[("Host", &addr), ("Content-Type", "application/json")],
        "{}",
    );
    assert_eq!(status, 403, "a POST without our Origin");
    // Without the secret, nothing either.
    let (status, _) = http(&addr, "GET", "/key/0", &[("Host", &addr)], "");
    assert_eq!(status, 403);
    // A hostile page on another local origin, in the same browser as the viewer's open player.
    let root = paratii_ipfs::test_utils::repo_root();
    let evil = Command::new("node")
        .arg(root.join("tools/player/evil.mjs"))
        .args([
            "--target",
            &format!("http://{addr}"),
            "--token",
            &token,
            "--timeout",
            "150",
        ])
        .stderr(Stdio::inherit())
        .output()
        .expect("node runs evil.mjs");
    let report: Value = serde_json::from_slice(&evil.stdout)
        .unwrap_or_else(|e| panic!("evil.mjs: {e}: {}", String::from_utf8_lossy(&evil.stdout)));
    assert_eq!(report["readable"], 0, "{report}");
    assert_eq!(
        report["opaque"], 0,
        "the player acted on a hostile request: {report}"
    );
    assert!(
        report["attempts"].as_array().unwrap().len() > 50,
        "{report}"
    );
    // Nothing was paid and the session was not stopped.
    let state = playing.state();
    assert_eq!(state["segmentsPaid"], 0, "{state}");
    assert_ne!(state["state"], "ended", "{state}");
    let (status, _) = http(
        &addr,
        "POST",
        &format!("/stop?token={token}"),
        &[
            ("Host", &addr),
            ("Origin", &format!("http://{addr}")),
            ("Content-Type", "application/json"),
        ],
        "{}",
    );
    assert_eq!(status, 200);
    let (ok, _, stderr) = playing.finish();
    assert!(ok, "{stderr}");
    assert_eq!(w.viewer.deposited(), before, "not a wei paid");
}

#[test]
fn an_ad_plays_first_and_pays_the_viewer_for_what_it_played() {
    if !browser_available() {
        return;
    }
    let mut w = World::start();
    let ad = upload_with(
        &w.advertiser,
        &clip(w.dir.path(), "ad.mp4", "testsrc2", 4),
        "Ad",
        "2",
        &[],
    );
    assert_eq!(ad["segments"]["240p30"], 2, "{ad}");
    let viewer_before = w.viewer.deposited();
    let playing = w.play(&["--accept-attention", "--grace", "60"]);
    // The advertiser bids on the viewer's attention; it serves until every segment is receipted.
    let ad_rate = AD_RATE.to_string();
    let mut advertise = w
        .advertiser
        .command(&[
            "--json",
            "advertise",
            &w.viewer_wallet,
            ad["videoId"].as_str().unwrap(),
            "--format",
            "240p30",
            "--rate",
            &ad_rate,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while playing.state()["ads"].as_array().is_none_or(Vec::is_empty) {
        // An advertiser that gave up (it found no address in the viewer's profile, say) is the
        // failure to report, not the minute spent waiting for an ad it will never send.
        if let Some(status) = advertise.try_wait().unwrap() {
            let out = advertise.wait_with_output().unwrap();
            panic!(
                "advertise ended ({status}) before the ad arrived: {}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the ad never arrived"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let report = drive(
        &playing.url(),
        &json!([
            {"do": "play"},
            {"do": "waitFor", "what": "phase", "equals": "ad", "timeout": 20},
            {"do": "sample", "label": "ad"},
            {"do": "waitFor", "what": "phase", "equals": "feature", "timeout": 40},
            {"do": "waitFor", "what": "currentTime", "atLeast": 1, "timeout": 30},
            {"do": "sample", "label": "feature"},
            {"do": "stop"},
            {"do": "waitFor", "what": "closed", "timeout": 30},
            {"do": "sample", "label": "stopped"},
        ]),
        None,
    );
    assert_eq!(report["ok"], true, "{report}");
    let ad_sample = sample(&report, "ad");
    assert!(
        keys_of(ad_sample).is_empty(),
        "the feature waits for the ad: {ad_sample}"
    );
    let stopped = sample(&report, "stopped");
    assert_ne!(stopped["meter"]["ptiEarned"], "0", "{stopped}");
    let out = advertise.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let advertised: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(advertised["delivered"], 2, "{advertised}");
    assert_eq!(advertised["receiptsChecked"], 2, "{advertised}");
    let earned = wei(&advertised["paidWei"]);
    assert_eq!(
        earned,
        U256::from(2 * 2 * AD_RATE),
        "both 2 s ad segments were played and paid"
    );
    let (ok, _, stderr) = playing.finish();
    assert!(ok, "{stderr}");
    let paid = stopped["meter"]["segmentsPaid"].as_u64().unwrap();
    assert!(
        paid <= keys_of(stopped).len() as u64 + 1,
        "at most the lookahead beyond the keys fetched"
    );
    assert_eq!(
        w.viewer.deposited(),
        viewer_before + earned - W::price() * U256::from(paid),
        "earned the ad, paid the feature's keys"
    );
    w.serving.take();
}

#[test]
fn bad_input_shows_in_the_terminal_and_the_page_and_opens_no_channel() {
    if !browser_available() {
        return;
    }
    let mut w = World::start();
    let nonce = w.nonce();
    let page_error = |playing: &Playing| -> Value {
        let report = drive(
            &playing.url(),
            &json!([{"do": "waitFor", "what": "error", "timeout": 20}, {"do": "sample", "label": "error"}]),
            None,
        );
        assert_eq!(report["ok"], true, "{report}");
        sample(&report, "error")["meter"]["error"].clone()
    };
    let cases: [(&[&str], &str); 3] = [
        (&["--format", "720p30"], "no such format"),
        (
            &["--rate", "1000000000000000000000"],
            "Not enough PTI deposited",
        ),
        (&["--ipfs-api", "http://127.0.0.1:9"], "cannot be reached"),
    ];
    for (args, title) in cases {
        let playing = w.play(args);
        let shown = page_error(&playing);
        assert!(
            shown["title"].as_str().unwrap().contains(title),
            "{args:?}: {shown}"
        );
        assert!(!shown["hint"].as_str().unwrap().is_empty());
        let (ok, _, stderr) = playing.finish();
        assert!(!ok, "{args:?} exits 1");
        assert!(stderr.contains(title), "{args:?}: {stderr}");
    }
    // The publisher refuses the rate (its minimum is above it): at the bid, after the page opened.
    drop(w.serving.take().unwrap().stop());
    w.serving = Some(
        w.publisher
            .serve(&["--min-rate", "240p30=2000000000000000000"]),
    );
    let playing = w.play(&[]);
    let shown = page_error(&playing);
    assert!(
        shown["title"]
            .as_str()
            .unwrap()
            .contains("refused your rate"),
        "{shown}"
    );
    let (ok, _, stderr) = playing.finish();
    assert!(!ok && stderr.contains("refused your rate"), "{stderr}");
    // The publisher is gone.
    drop(w.serving.take().unwrap().stop());
    let playing = w.play(&[]);
    let shown = page_error(&playing);
    assert!(
        shown["title"].as_str().unwrap().contains("offline"),
        "{shown}"
    );
    let (ok, _, stderr) = playing.finish();
    assert!(!ok && stderr.contains("offline"), "{stderr}");
    assert_eq!(w.nonce(), nonce, "no channel was opened for nothing");
}
