//! What the CLI's process-level tests share: a `paratii devnet` in the background, actors with
//! their own keystore and data directory (as the demo runs them) and a bare runner ([`run`]),
//! `serve` processes, js-ipfs, test clips, ffprobe.

// Each test binary uses its own subset.
#![allow(dead_code)]

mod run;

// Each test binary uses its own subset.
#[allow(unused_imports)]
pub use run::{Actor, Bare, Run, spawn_serving};

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use alloy::primitives::U256;
use paratii_ipfs::test_utils::JsIpfsDaemon;
use serde_json::Value;

pub const PASSWORD: &str = "correct horse battery staple";
pub const RATE: u128 = 1_000_000_000_000_000;
pub const AD_RATE: u128 = 500_000_000_000_000;
/// Generous upper bound for a line from a process (transactions on anvil take milliseconds); the
/// test waits for the line itself, this only turns a hang into a failure.
pub const LINE_WAIT: Duration = Duration::from_secs(300);

/// Lines of a child's stdout, read on a thread.
pub fn lines(stdout: ChildStdout) -> mpsc::Receiver<String> {
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

pub fn next_json(rx: &mpsc::Receiver<String>, what: &str) -> Value {
    let line = rx
        .recv_timeout(LINE_WAIT)
        .unwrap_or_else(|e| panic!("{what}: no line ({e})"));
    serde_json::from_str(&line).unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {line}"))
}

/// `paratii devnet` in the background; stopped when dropped.
pub struct RunningDevnet {
    child: Child,
    /// The summary line `paratii devnet --json` printed.
    pub info: Value,
}

impl RunningDevnet {
    /// Three funded accounts, the deployment recorded in `<dir>/deployments`.
    pub fn start(dir: &Path) -> Self {
        Self::start_with(dir, &[])
    }

    /// With more `paratii devnet` options (`--amount 500`).
    pub fn start_with(dir: &Path, extra: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_paratii"))
            .args(["devnet", "--port", "0", "--fund", "3", "--json"])
            .args(extra)
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

    pub fn url(&self) -> String {
        self.info["rpcUrl"].as_str().unwrap().to_owned()
    }

    pub fn account_key(&self, i: usize) -> String {
        self.info["accounts"][i]["privateKey"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    pub fn payment_channel(&self) -> alloy::primitives::Address {
        self.info["contracts"]["PaymentChannel"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap()
    }

    /// Stops it the way Ctrl-C would and returns whether it exited cleanly.
    pub fn stop(mut self) -> bool {
        terminate(&mut self.child);
        for _ in 0..100 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }
}

/// A dev-net and the password file every actor's keystore uses, in one directory.
pub struct Net {
    pub devnet: RunningDevnet,
    pub dir: PathBuf,
}

/// The demo's three parties on a [`Net`]: keys registered, the two that pay with 10 PTI
/// deposited.
pub struct Parties {
    pub publisher: Actor,
    pub viewer: Actor,
    pub advertiser: Actor,
    /// The viewer's wallet address.
    pub viewer_wallet: String,
}

impl Net {
    pub fn start(dir: &Path) -> Self {
        let devnet = RunningDevnet::start(dir);
        std::fs::write(dir.join("password"), PASSWORD).unwrap();
        Self {
            devnet,
            dir: dir.to_owned(),
        }
    }

    pub fn url(&self) -> String {
        self.devnet.url()
    }

    /// An actor with its own directory below the net's (nothing imported yet).
    pub fn actor(&self, name: &'static str) -> Actor {
        Actor {
            name,
            url: self.devnet.url(),
            root: self.dir.join(name),
            shared: self.dir.clone(),
        }
    }

    /// An actor with dev account `account`'s wallet and a registered key; its wallet address.
    pub fn party(&self, name: &'static str, account: usize) -> (Actor, String) {
        let actor = self.actor(name);
        let wallet = actor.setup(&self.devnet.account_key(account));
        (actor, wallet)
    }

    /// A publisher, a viewer and an advertiser on accounts 0, 1 and 2.
    pub fn parties(&self) -> Parties {
        let (publisher, _) = self.party("publisher", 0);
        let (viewer, viewer_wallet) = self.party("viewer", 1);
        let (advertiser, _) = self.party("advertiser", 2);
        viewer.json(&["account", "deposit", "10"]);
        advertiser.json(&["account", "deposit", "10"]);
        Parties {
            publisher,
            viewer,
            advertiser,
            viewer_wallet,
        }
    }
}

/// How many transactions `address` has sent (its account nonce): a command that must send
/// nothing leaves it as it was.
pub fn tx_count(url: &str, address: alloy::primitives::Address) -> u64 {
    use alloy::providers::{Provider, ProviderBuilder};
    let provider = ProviderBuilder::new().connect_http(url.parse().unwrap());
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async { provider.get_transaction_count(address).await })
        .unwrap()
}

/// Gives `address` one ETH on the dev-net (a node key pays its own gas).
pub fn give_eth(url: &str, address: alloy::primitives::Address) {
    use alloy::providers::{Provider, ProviderBuilder};
    let provider = ProviderBuilder::new().connect_http(url.parse().unwrap());
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            provider
                .raw_request::<_, ()>(
                    "anvil_setBalance".into(),
                    (address, U256::from(10u64).pow(U256::from(18))),
                )
                .await
        })
        .unwrap();
}

/// js-ipfs (a Kubo RPC server on loopback), or None when node or the npm package is missing and
/// the test should skip, unless `PARATII_REQUIRE_IPFS=1` makes that a failure.
pub fn js_ipfs() -> Option<JsIpfsDaemon> {
    if !JsIpfsDaemon::available() {
        let hint = "run `npm ci` at the repository root (and install node)";
        assert!(
            !std::env::var("PARATII_REQUIRE_IPFS").is_ok_and(|v| v == "1"),
            "js-ipfs is missing and PARATII_REQUIRE_IPFS=1: {hint}"
        );
        eprintln!(
            "SKIP: js-ipfs is missing ({hint}); set PARATII_REQUIRE_IPFS=1 to make this a failure"
        );
        return None;
    }
    Some(JsIpfsDaemon::start().expect("js-ipfs starts"))
}

pub fn terminate(child: &mut Child) {
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
pub struct Serving {
    /// The process.
    pub child: Child,
    /// Its stdout, line by line.
    pub lines: mpsc::Receiver<String>,
    /// Its first line.
    pub ready: Value,
}

impl Serving {
    /// SIGTERM, then every remaining line (events, then the summary last) and the exit status.
    pub fn stop(mut self) -> (Vec<Value>, bool) {
        terminate(&mut self.child);
        let mut out = Vec::new();
        while let Ok(line) = self.lines.recv_timeout(LINE_WAIT) {
            out.push(serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}")));
        }
        let ok = self.child.wait().expect("serve exits").success();
        (out, ok)
    }

    /// Waits for an event line with `"event": name`.
    pub fn wait_event(&self, name: &str) -> Value {
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

/// A `seconds` long 320x240 test pattern with a tone.
pub fn clip(dir: &Path, name: &str, source: &'static str, seconds: u32) -> PathBuf {
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

pub fn upload(actor: &Actor, file: &Path, title: &str) -> Value {
    upload_with(actor, file, title, "1", &[])
}

/// `paratii upload` in 240p30 with `segment_seconds` long segments and `extra` arguments.
pub fn upload_with(
    actor: &Actor,
    file: &Path,
    title: &str,
    segment_seconds: &str,
    extra: &[&str],
) -> Value {
    let node = format!("{}-node", actor.name);
    let mut args = vec![
        "upload",
        file.to_str().unwrap(),
        "--title",
        title,
        "--formats",
        "240p30",
        "--segment-seconds",
        segment_seconds,
        "--key",
        &node,
    ];
    args.extend_from_slice(extra);
    actor.json(&args)
}

pub fn ffprobe_duration(file: &Path) -> f64 {
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

pub fn wei(v: &Value) -> U256 {
    v.as_str()
        .unwrap_or_else(|| panic!("{v} is not a decimal string"))
        .parse()
        .unwrap()
}

/// One HTTP/1.1 request to `addr` (`127.0.0.1:PORT`) with exactly these headers; the status and
/// the body. Raw, so a test can send what a browser would not (a foreign Host header).
pub fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).expect("connect to the player");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("read timeout");
    let mut request = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    for (k, v) in headers {
        request += &format!("{k}: {v}\r\n");
    }
    request += &format!("Content-Length: {}\r\n\r\n{body}", body.len());
    stream.write_all(request.as_bytes()).expect("send");
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}
