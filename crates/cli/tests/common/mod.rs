//! What the CLI's process-level tests share: a `paratii devnet` in the background, actors with
//! their own keystore and data directory (as the demo runs them), `serve` processes, test clips.

// Each test binary uses its own subset.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use alloy::primitives::U256;
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
    pub fn start(dir: &Path) -> Self {
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

    pub fn url(&self) -> String {
        self.info["rpcUrl"].as_str().unwrap().to_owned()
    }

    pub fn account_key(&self, i: usize) -> String {
        self.info["accounts"][i]["privateKey"]
            .as_str()
            .unwrap()
            .to_owned()
    }
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

/// One participant: its own keystore and data directory, as the demo runs them.
pub struct Actor {
    /// The wallet's name in its keystore.
    pub name: &'static str,
    /// The dev-net's RPC URL.
    pub url: String,
    /// Its own directory: keystore, data.
    pub root: PathBuf,
    /// The directory shared by all actors: deployments, the password file.
    pub shared: PathBuf,
}

impl Actor {
    pub fn command(&self, args: &[&str]) -> Command {
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

    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run paratii")
    }

    pub fn json(&self, args: &[&str]) -> Value {
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
    pub fn fails(&self, args: &[&str]) -> String {
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
    pub fn setup(&self, private_key: &str) -> String {
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

    pub fn deposited(&self) -> U256 {
        let b = self.json(&["account", "balance"]);
        b["deposited"].as_str().unwrap().parse().unwrap()
    }

    pub fn serve(&self, extra: &[&str]) -> Serving {
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
