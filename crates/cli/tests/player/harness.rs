//! The player tests' harness: a dev-net with a publisher serving in keys mode, `paratii play`
//! as a child process, the browser driver, and the player's HTTP surface asked directly.

use crate::common::*;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use alloy::primitives::U256;
use paratii_ipfs::test_utils::JsIpfsDaemon;
use serde_json::Value;

/// 12 s of video in 2 s segments: 6 segments.
pub(crate) const SEGMENTS: u64 = 6;

pub(crate) fn browser_available() -> bool {
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
pub(crate) struct Playing {
    pub(crate) child: Child,
    pub(crate) ready: Value,
    pub(crate) stderr: mpsc::Receiver<String>,
    pub(crate) lines: mpsc::Receiver<String>,
}

impl Playing {
    pub(crate) fn url(&self) -> String {
        self.ready["url"].as_str().unwrap().to_owned()
    }

    pub(crate) fn playlist(&self) -> String {
        self.ready["playlist"].as_str().unwrap().to_owned()
    }

    /// `127.0.0.1:PORT`.
    pub(crate) fn addr(&self) -> String {
        let url = self.url();
        url.trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap()
            .to_owned()
    }

    pub(crate) fn token(&self) -> String {
        self.url().split("token=").nth(1).unwrap().to_owned()
    }

    /// The meter, asked for as a player without cookies would (with the token).
    pub(crate) fn state(&self) -> Value {
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
    pub(crate) fn finish(mut self) -> (bool, Vec<String>, String) {
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

pub(crate) fn wait_child(child: &mut Child, limit: Duration) -> bool {
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

pub(crate) fn read_lines(
    stream: impl std::io::Read + Send + 'static,
    echo: bool,
) -> mpsc::Receiver<String> {
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

pub(crate) fn play(actor: &Actor, args: &[&str]) -> Playing {
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
pub(crate) fn drive(url: &str, scenario: &Value, screenshot: Option<&Path>) -> Value {
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

pub(crate) fn sample<'a>(report: &'a Value, label: &str) -> &'a Value {
    report["samples"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["label"] == label)
        .unwrap_or_else(|| panic!("no sample {label:?} in {report}"))
}

/// The distinct segment indices of the `/key/N` requests in a sample.
pub(crate) fn keys_of(sample: &Value) -> Vec<u64> {
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

pub(crate) struct World {
    pub(crate) dir: tempfile::TempDir,
    pub(crate) _net: Net,
    pub(crate) _ipfs: JsIpfsDaemon,
    pub(crate) ipfs_url: String,
    pub(crate) publisher: Actor,
    pub(crate) viewer: Actor,
    pub(crate) advertiser: Actor,
    pub(crate) viewer_wallet: String,
    pub(crate) video: String,
    pub(crate) serving: Option<Serving>,
}

impl World {
    pub(crate) fn start() -> Self {
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

    pub(crate) fn play(&self, extra: &[&str]) -> Playing {
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

    pub(crate) fn price() -> U256 {
        // RATE per second, 2 s segments.
        U256::from(RATE) * U256::from(2)
    }

    pub(crate) fn nonce(&self) -> String {
        self.viewer.json(&["account", "balance"])["nonce"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    pub(crate) fn shot(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}
