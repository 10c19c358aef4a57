//! `paratii serve`, `watch` and `advertise` as separate processes of the real binary on a dev-net:
//! a publisher uploads and serves a clip, a viewer (serving attention) watches it, an advertiser
//! pays the viewer to watch an ad; balances on chain move by exactly what was paid. Also the
//! process-level refusals: an unknown video, a rate below the publisher's minimum.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use alloy::primitives::U256;
use serde_json::Value;

const PASSWORD: &str = "correct horse battery staple";
const RATE: u128 = 1_000_000_000_000_000;
const AD_RATE: u128 = 500_000_000_000_000;
/// Generous upper bound for a line from a process (transactions on anvil take milliseconds); the
/// test waits for the line itself, this only turns a hang into a failure.
const LINE_WAIT: Duration = Duration::from_secs(300);

/// Lines of a child's stdout, read on a thread.
fn lines(stdout: ChildStdout) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

fn next_json(rx: &mpsc::Receiver<String>, what: &str) -> Value {
    let line = rx
        .recv_timeout(LINE_WAIT)
        .unwrap_or_else(|e| panic!("{what}: no line ({e})"));
    serde_json::from_str(&line).unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {line}"))
}

/// `paratii devnet` in the background; stopped when dropped.
struct RunningDevnet {
    child: Child,
    info: Value,
}

impl RunningDevnet {
    fn start(dir: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_paratii"))
            .args(["devnet", "--port", "0", "--fund", "3", "--json"])
            .arg("--deployments-dir")
            .arg(dir.join("deployments"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn paratii devnet");
        let rx = lines(child.stdout.take().expect("stdout"));
        let info = next_json(&rx, "devnet summary");
        Self { child, info }
    }

    fn url(&self) -> String {
        self.info["rpcUrl"].as_str().unwrap().to_owned()
    }

    fn account_key(&self, i: usize) -> String {
        self.info["accounts"][i]["privateKey"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

fn terminate(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
}

impl Drop for RunningDevnet {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            terminate(&mut self.child);
            std::thread::sleep(Duration::from_millis(500));
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A `paratii serve` process; killed when dropped if still running.
struct Serving {
    child: Child,
    lines: mpsc::Receiver<String>,
    ready: Value,
}

impl Serving {
    /// SIGTERM, then every remaining line (events, then the summary last) and the exit status.
    fn stop(mut self) -> (Vec<Value>, bool) {
        terminate(&mut self.child);
        let mut out = Vec::new();
        while let Ok(line) = self.lines.recv_timeout(LINE_WAIT) {
            out.push(serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}")));
        }
        let ok = self.child.wait().expect("serve exits").success();
        (out, ok)
    }

    /// Waits for an event line with `"event": name`.
    fn wait_event(&self, name: &str) -> Value {
        loop {
            let v = next_json(&self.lines, name);
            if v["event"] == name {
                return v;
            }
        }
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// One participant: its own keystore and data directory, as the demo runs them.
struct Actor {
    name: &'static str,
    url: String,
    root: PathBuf,
    shared: PathBuf,
}

impl Actor {
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_paratii"));
        cmd.args(args)
            .env("PARATII_RPC_URL", &self.url)
            .env("PARATII_DEPLOYMENTS_DIR", self.shared.join("deployments"))
            .env("PARATII_KEYSTORE", self.root.join("keystore"))
            .env("PARATII_WALLET", self.name)
            .env("PARATII_PASSWORD_FILE", self.shared.join("password"))
            .env("PARATII_DATA_DIR", self.root.join("data"))
            .env_remove("PARATII_DEPLOYMENT")
            .stdin(Stdio::null());
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run paratii")
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{} paratii {args:?} failed:\n{stdout}\n{}",
            self.name,
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {stdout}"))
    }

    /// Runs and expects exit code 1; returns stderr.
    fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(
            out.status.code(),
            Some(1),
            "paratii {args:?} should fail:\n{}\n{stderr}",
            String::from_utf8_lossy(&out.stdout)
        );
        stderr
    }

    /// A wallet from a dev-net account and a registered communication key `<name>-node`.
    fn setup(&self, private_key: &str) -> String {
        let file = self.root.join("wallet.key");
        std::fs::create_dir_all(&self.root).unwrap();
        std::fs::write(&file, private_key).unwrap();
        let wallet = self.json(&[
            "keys",
            "import",
            "wallet",
            self.name,
            "--private-key-file",
            file.to_str().unwrap(),
        ]);
        let node = format!("{}-node", self.name);
        self.json(&["keys", "generate", "comm", &node]);
        self.json(&["user", "add-key", &node]);
        wallet["address"].as_str().unwrap().to_owned()
    }

    fn deposited(&self) -> U256 {
        let b = self.json(&["account", "balance"]);
        b["deposited"].as_str().unwrap().parse().unwrap()
    }

    fn serve(&self, extra: &[&str]) -> Serving {
        let node = format!("{}-node", self.name);
        let mut args = vec![
            "serve",
            "--json",
            "--listen",
            "/ip4/127.0.0.1/tcp/0",
            "--key",
            &node,
        ];
        args.extend_from_slice(extra);
        let mut child = self
            .command(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn paratii serve");
        let lines = lines(child.stdout.take().unwrap());
        let ready = next_json(&lines, "serve's ready line");
        assert_eq!(ready["ready"], true, "{ready}");
        Serving {
            child,
            lines,
            ready,
        }
    }
}

/// A `seconds` long 320x240 test pattern with a tone.
fn clip(dir: &Path, name: &str, source: &'static str, seconds: u32) -> PathBuf {
    let out = dir.join(name);
    let clip = paratii_media::TestClip {
        pattern: source,
        seconds,
        width: 320,
        height: 240,
        tone_hz: Some(440),
    };
    paratii_media::Ffmpeg::default()
        .generate(&clip, &out)
        .expect("ffmpeg generates the clip");
    out
}

fn upload(actor: &Actor, file: &Path, title: &str) -> Value {
    let node = format!("{}-node", actor.name);
    actor.json(&[
        "upload",
        file.to_str().unwrap(),
        "--title",
        title,
        "--formats",
        "240p30",
        "--segment-seconds",
        "1",
        "--key",
        &node,
    ])
}

fn ffprobe_duration(file: &Path) -> f64 {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "csv=p=0",
        ])
        .arg(file)
        .output()
        .expect("ffprobe runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

fn wei(v: &Value) -> U256 {
    v.as_str()
        .unwrap_or_else(|| panic!("{v} is not a decimal string"))
        .parse()
        .unwrap()
}

#[test]
fn publisher_viewer_advertiser_as_processes() {
    let dir = tempfile::tempdir().unwrap();
    let devnet = RunningDevnet::start(dir.path());
    std::fs::write(dir.path().join("password"), PASSWORD).unwrap();
    let actor = |name| Actor {
        name,
        url: devnet.url(),
        root: dir.path().join(name),
        shared: dir.path().to_owned(),
    };
    let (publisher, viewer, advertiser) =
        (actor("publisher"), actor("viewer"), actor("advertiser"));
    publisher.setup(&devnet.account_key(0));
    let viewer_wallet = viewer.setup(&devnet.account_key(1));
    advertiser.setup(&devnet.account_key(2));
    viewer.json(&["account", "deposit", "10"]);
    advertiser.json(&["account", "deposit", "10"]);

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
        err.contains("RateTooLow") && err.contains("rate 999 < minimum 1000"),
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
