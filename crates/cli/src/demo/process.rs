//! The demo's child processes: each actor's environment, commands run to completion, and long
//! running ones (`serve`, `play`) with their JSON lines.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use alloy::signers::local::PrivateKeySigner;
use eyre::{WrapErr, bail, eyre};
use serde_json::Value;

/// Marks a directory as the demo's own, so that a re-run may empty it.
const MARKER: &str = ".paratii-demo";
/// How long a child may take before the demo gives up on it.
pub(super) const CHILD_TIMEOUT: Duration = Duration::from_secs(600);

/// One participant: an anvil dev account with its own keystore and data directory.
pub(super) struct Actor {
    pub(super) name: &'static str,
    pub(super) wallet: PrivateKeySigner,
    pub(super) home: PathBuf,
}

impl Actor {
    pub(super) fn keystore(&self) -> PathBuf {
        self.home.join("keystore")
    }

    pub(super) fn data_dir(&self) -> PathBuf {
        self.home.join("data")
    }
}

/// The environment every child process of one actor runs with.
pub(super) struct Env {
    pub(super) exe: PathBuf,
    pub(super) rpc_url: String,
    pub(super) deployments: PathBuf,
    pub(super) password_file: PathBuf,
    pub(super) logs: PathBuf,
}

impl Env {
    pub(super) fn command(&self, actor: &Actor, args: &[&str]) -> Command {
        let mut cmd = Command::new(&self.exe);
        cmd.args(args)
            .env("PARATII_RPC_URL", &self.rpc_url)
            .env("PARATII_DEPLOYMENTS_DIR", &self.deployments)
            .env("PARATII_KEYSTORE", actor.keystore())
            .env("PARATII_WALLET", actor.name)
            .env("PARATII_PASSWORD_FILE", &self.password_file)
            .env("PARATII_DATA_DIR", actor.data_dir())
            .env_remove("PARATII_DEPLOYMENT")
            .stdin(Stdio::null());
        cmd
    }

    pub(super) fn log_file(&self, actor: &Actor, what: &str) -> eyre::Result<std::fs::File> {
        let path = self.logs.join(format!("{}-{what}.log", actor.name));
        std::fs::File::create(&path).wrap_err_with(|| format!("creating {}", path.display()))
    }

    /// Runs a command to completion and returns its `--json` output.
    pub(super) fn run_json(&self, actor: &Actor, what: &str, args: &[&str]) -> eyre::Result<Value> {
        let mut full = args.to_vec();
        full.push("--json");
        let output = self
            .command(actor, &full)
            .stderr(self.log_file(actor, what)?)
            .output()
            .wrap_err_with(|| format!("starting `paratii {}`", args.join(" ")))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        if !output.status.success() {
            bail!(
                "`paratii {}` ({}) failed with {}; its log: {}",
                args.join(" "),
                actor.name,
                output.status,
                self.logs
                    .join(format!("{}-{what}.log", actor.name))
                    .display()
            );
        }
        serde_json::from_str(stdout.trim())
            .wrap_err_with(|| format!("`paratii {}` printed no JSON: {stdout:?}", args.join(" ")))
    }

    /// Starts a long-running command and waits for the JSON line it prints when ready.
    pub(super) fn spawn_ready(
        &self,
        actor: &Actor,
        what: &str,
        args: &[&str],
    ) -> eyre::Result<Running> {
        let mut full = args.to_vec();
        full.push("--json");
        let mut child = self
            .command(actor, &full)
            .stdout(Stdio::piped())
            .stderr(self.log_file(actor, what)?)
            .spawn()
            .wrap_err_with(|| format!("starting `paratii {}`", args.join(" ")))?;
        let stdout = child.stdout.take().ok_or_else(|| eyre!("no stdout pipe"))?;
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut running = Running {
            name: format!("{} {what}", actor.name),
            child,
            lines: rx,
            first: Value::Null,
        };
        let ready = running.next_json(CHILD_TIMEOUT)?;
        running.ready(ready)
    }
}

/// A child process that keeps running, with its stdout lines.
pub(super) struct Running {
    name: String,
    child: Child,
    lines: std::sync::mpsc::Receiver<String>,
    /// The line it printed when ready.
    pub(super) first: Value,
}

impl Running {
    fn ready(mut self, first: Value) -> eyre::Result<Self> {
        if first["ready"].as_bool() != Some(true) {
            bail!("{} did not report ready: {first}", self.name);
        }
        self.first = first;
        Ok(self)
    }

    /// Waits for the event line `{"event": name, ...}`.
    pub(super) fn wait_event(&mut self, name: &str) -> eyre::Result<Value> {
        loop {
            let value = self.next_json(CHILD_TIMEOUT)?;
            if value["event"].as_str() == Some(name) {
                return Ok(value);
            }
        }
    }

    pub(super) fn next_json(&mut self, timeout: Duration) -> eyre::Result<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    if let Ok(value) = serde_json::from_str::<Value>(line.trim()) {
                        return Ok(value);
                    }
                }
                Err(_) => {
                    let status = self.child.try_wait().ok().flatten();
                    bail!(
                        "{} printed no JSON line (exit status: {status:?})",
                        self.name
                    );
                }
            }
        }
    }

    /// Waits for the process to end by itself; its remaining JSON lines, or an error if it
    /// failed or took longer than `timeout`.
    pub(super) fn wait_exit(mut self, timeout: Duration) -> eyre::Result<Vec<Value>> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.child.try_wait()? {
                let rest: Vec<Value> = self
                    .lines
                    .try_iter()
                    .filter_map(|l| serde_json::from_str(l.trim()).ok())
                    .collect();
                if !status.success() {
                    bail!("{} exited with {status}", self.name);
                }
                return Ok(rest);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                bail!("{} did not end within {timeout:?}", self.name);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Asks the process to stop (SIGTERM: it closes its channels first) and waits.
    pub(super) fn stop(mut self) -> eyre::Result<Vec<Value>> {
        terminate(&self.child);
        let deadline = Instant::now() + CHILD_TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait()? {
                let rest: Vec<Value> = self
                    .lines
                    .try_iter()
                    .filter_map(|l| serde_json::from_str(l.trim()).ok())
                    .collect();
                if !status.success() {
                    bail!("{} exited with {status}", self.name);
                }
                return Ok(rest);
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                bail!("{} did not stop", self.name);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn terminate(child: &Child) {
    // SIGTERM rather than kill: `serve` closes its channels on the way out.
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
}

pub(super) fn prepare_dir(dir: &Path) -> eyre::Result<()> {
    if dir.exists() {
        let ours = dir.join(MARKER).exists();
        let empty = std::fs::read_dir(dir)?.next().is_none();
        if !ours && !empty {
            bail!(
                "{} exists and is not a demo directory: pass --dir with a new or empty directory",
                dir.display()
            );
        }
        if ours {
            std::fs::remove_dir_all(dir).wrap_err_with(|| format!("emptying {}", dir.display()))?;
        }
    }
    std::fs::create_dir_all(dir.join("logs"))?;
    std::fs::write(
        dir.join(MARKER),
        "paratii demo output; `paratii demo` empties it\n",
    )?;
    Ok(())
}
