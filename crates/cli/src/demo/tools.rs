//! The project's JavaScript tools the demo drives: js-ipfs as the IPFS node the publisher pins its
//! upload on and the player reads the ciphertexts from (`tools/ipfs/daemon.mjs`), and headless
//! chromium playing the player page (`tools/player/drive.mjs`). Both come with the checkout
//! (`npm ci`, Debian's `chromium`), found from the current directory up, like anvil.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};

use eyre::{WrapErr, bail, eyre};
use serde_json::Value;

/// `relative` (e.g. `tools/player/drive.mjs`) in the current directory or one of its parents.
pub(super) fn project_file(relative: &str) -> eyre::Result<PathBuf> {
    let start = std::env::current_dir()?;
    start
        .ancestors()
        .map(|d| d.join(relative))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            eyre!("{relative} not found from {}: run the demo from the Paratii checkout (`./run demo`)", start.display())
        })
}

/// js-ipfs serving the Kubo RPC API on 127.0.0.1; it stops when dropped (or when the demo dies:
/// it exits when its stdin closes).
pub(super) struct IpfsNode {
    child: Child,
    _stdin: Option<ChildStdin>,
    url: String,
}

impl IpfsNode {
    /// Starts it with its repo in `repo` and its log in `log`.
    pub(super) fn start(repo: &Path, log: std::fs::File) -> eyre::Result<Self> {
        let script = project_file("tools/ipfs/daemon.mjs")?;
        let mut child = Command::new("node")
            .arg(&script)
            .arg("--repo")
            .arg(repo)
            .arg("--exit-on-stdin-close")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .wrap_err(
                "starting js-ipfs (node tools/ipfs/daemon.mjs; needs Node.js and `npm ci`)",
            )?;
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().ok_or_else(|| eyre!("no stdout pipe"))?;
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line)?;
        let url = line.trim().to_owned();
        if !url.starts_with("http://") {
            let _ = child.kill();
            bail!("js-ipfs did not start (it printed {url:?}); see its log");
        }
        Ok(Self {
            child,
            _stdin: stdin,
            url,
        })
    }

    /// Its RPC API URL.
    pub(super) fn url(&self) -> &str {
        &self.url
    }
}

impl Drop for IpfsNode {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Plays `scenario` (tools/player/README.md) in headless chromium against the player at `url`;
/// the driver's JSON report.
pub(super) fn drive(url: &str, scenario: &Value, log: std::fs::File) -> eyre::Result<Value> {
    let script = project_file("tools/player/drive.mjs")?;
    let mut child = Command::new("node")
        .arg(&script)
        .args(["--url", url, "--scenario", "-", "--timeout", "180"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .wrap_err("starting the browser driver (node tools/player/drive.mjs; needs `apt-get install chromium` and `npm ci`)")?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(scenario.to_string().as_bytes())?;
    }
    let out = child.wait_with_output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let report: Value = serde_json::from_str(text.trim())
        .wrap_err_with(|| format!("the browser driver printed no JSON: {text:?}"))?;
    if report["ok"] != true {
        bail!("playing in the browser failed: {}", report["error"]);
    }
    Ok(report)
}
