//! `paratii play` in a real browser (Debian's chromium, driven by playwright-core through
//! tools/player/drive.mjs) against a dev-net, a `paratii serve` publisher in keys mode and the
//! js-ipfs RPC server the publisher pinned its upload on. Every assertion about money is checked
//! on chain.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use alloy::primitives::U256;
use common::*;
use paratii_ipfs::test_utils::JsIpfsDaemon;
use serde_json::{Value, json};

/// 12 s of video in 2 s segments: 6 segments.
const SEGMENTS: u64 = 6;

fn browser_available() -> bool {
    let ok = Path::new("/usr/bin/chromium").is_file()
        && paratii_ipfs::test_utils::repo_root()
            .join("node_modules/playwright-core/package.json")
            .is_file()
        && JsIpfsDaemon::available();
    if !ok {
        assert!(
            std::env::var_os("PARATII_REQUIRE_BROWSER").is_none(),
            "PARATII_REQUIRE_BROWSER is set but chromium, playwright-core or js-ipfs is missing: run ./run setup"
        );
        eprintln!("SKIP: chromium (apt), playwright-core or js-ipfs (npm ci) missing");
    }
    ok
}

/// A running `paratii play`.
struct Playing {
    child: Child,
    ready: Value,
    stderr: mpsc::Receiver<String>,
    lines: mpsc::Receiver<String>,
}

impl Playing {
    fn url(&self) -> String {
        self.ready["url"].as_str().unwrap().to_owned()
    }

    fn playlist(&self) -> String {
        self.ready["playlist"].as_str().unwrap().to_owned()
    }

    /// `127.0.0.1:PORT`.
    fn addr(&self) -> String {
        let url = self.url();
        url.trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap()
            .to_owned()
    }

    fn token(&self) -> String {
        self.url().split("token=").nth(1).unwrap().to_owned()
    }

    /// The meter, asked for as a player without cookies would (with the token).
    fn state(&self) -> Value {
        let addr = self.addr();
        let (status, body) = http(
            &addr,
            "GET",
            &format!("/state?token={}", self.token()),
            &[("Host", &addr)],
            "",
        );
        assert_eq!(status, 200, "{body}");
        serde_json::from_str(&body).unwrap()
    }

    /// Waits for the process to end: (success, stdout lines, stderr).
    fn finish(mut self) -> (bool, Vec<String>, String) {
        let ok = wait_child(&mut self.child, Duration::from_secs(120));
        let out: Vec<String> = self.lines.try_iter().collect();
        let err: Vec<String> = self.stderr.try_iter().collect();
        (ok, out, err.join("\n"))
    }
}

impl Drop for Playing {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn wait_child(child: &mut Child, limit: Duration) -> bool {
    let start = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.success();
        }
        assert!(
            start.elapsed() < limit,
            "the process did not end within {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn read_lines(stream: impl std::io::Read + Send + 'static, echo: bool) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if echo {
                eprintln!("[play] {line}");
            }
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

fn play(actor: &Actor, args: &[&str]) -> Playing {
    let mut all = vec!["play"];
    all.extend_from_slice(args);
    let mut child = actor
        .command(&all)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn paratii play");
    let lines = read_lines(child.stdout.take().unwrap(), false);
    let stderr = read_lines(child.stderr.take().unwrap(), true);
    let ready = next_json(&lines, "play's ready line");
    assert_eq!(ready["ready"], true, "{ready}");
    Playing {
        child,
        ready,
        stderr,
        lines,
    }
}

/// Runs a browser scenario against the player (tools/player/drive.mjs); its JSON report.
fn drive(url: &str, scenario: &Value, screenshot: Option<&Path>) -> Value {
    let root = paratii_ipfs::test_utils::repo_root();
    let mut cmd = Command::new("node");
    cmd.arg(root.join("tools/player/drive.mjs"))
        .args(["--url", url, "--scenario", "-", "--timeout", "150"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    if let Some(path) = screenshot {
        cmd.arg("--screenshot").arg(path);
    }
    let mut child = cmd.spawn().expect("node runs drive.mjs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(scenario.to_string().as_bytes()).unwrap();
    }
    let out = child.wait_with_output().expect("drive.mjs ends");
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim())
        .unwrap_or_else(|e| panic!("drive.mjs printed no JSON ({e}): {text}"))
}

fn sample<'a>(report: &'a Value, label: &str) -> &'a Value {
    report["samples"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["label"] == label)
        .unwrap_or_else(|| panic!("no sample {label:?} in {report}"))
}

/// The distinct segment indices of the `/key/N` requests in a sample.
fn keys_of(sample: &Value) -> Vec<u64> {
    let mut keys: Vec<u64> = sample["keyRequests"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|k| {
            k.as_str()?
                .strip_prefix("/key/")?
                .split('?')
                .next()?
                .parse()
                .ok()
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

struct World {
    dir: tempfile::TempDir,
    _net: Net,
    _ipfs: JsIpfsDaemon,
    ipfs_url: String,
    publisher: Actor,
    viewer: Actor,
    advertiser: Actor,
    viewer_wallet: String,
    video: String,
    serving: Option<Serving>,
}

impl World {
    fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let net = Net::start(dir.path());
        let Parties {
            publisher,
            viewer,
            advertiser,
            viewer_wallet,
        } = net.parties();
        let ipfs = JsIpfsDaemon::start().unwrap();
        let ipfs_url = ipfs.url().to_owned();
        // The publisher adds (and pins) its upload on the IPFS node the viewer reads from.
        let uploaded = upload_with(
            &publisher,
            &clip(dir.path(), "feature.mp4", "testsrc", 12),
            "Feature",
            "2",
            &["--ipfs-api", &ipfs_url],
        );
        assert_eq!(uploaded["segments"]["240p30"], SEGMENTS, "{uploaded}");
        let video = uploaded["videoId"].as_str().unwrap().to_owned();
        let serving = publisher.serve(&["--withdraw-every", "0"]);
        Self {
            dir,
            _net: net,
            _ipfs: ipfs,
            ipfs_url,
            publisher,
            viewer,
            advertiser,
            viewer_wallet,
            video,
            serving: Some(serving),
        }
    }

    fn play(&self, extra: &[&str]) -> Playing {
        let mut args = vec![self.video.as_str(), "--key", "viewer-node"];
        if !extra.contains(&"--format") {
            args.extend(["--format", "240p30"]);
        }
        if !extra.contains(&"--ipfs-api") {
            args.extend(["--ipfs-api", &self.ipfs_url]);
        }
        if !extra.contains(&"--grace") {
            args.extend(["--grace", "4"]);
        }
        args.extend_from_slice(extra);
        play(&self.viewer, &args)
    }

    fn price() -> U256 {
        // RATE per second, 2 s segments.
        U256::from(RATE) * U256::from(2)
    }

    fn nonce(&self) -> String {
        self.viewer.json(&["account", "balance"])["nonce"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    fn shot(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

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
