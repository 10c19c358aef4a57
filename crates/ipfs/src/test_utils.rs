//! Test helpers (feature `test-utils`): a real Kubo-compatible RPC server (optionally with a
//! trustless gateway) on loopback, and a gateway that lies on demand.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};

use crate::error::IpfsError;

mod hostile_gateway;

pub use hostile_gateway::{Fault, HostileGateway};

/// The repository root (where `node_modules/` and `tools/ipfs/` are).
pub fn repo_root() -> PathBuf {
    // At run time first: cargo sets it for the package under test, while the compile-time value
    // names wherever this crate was first built (another checkout sharing CARGO_TARGET_DIR).
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
        .join("../..")
}

/// js-ipfs (npm `ipfs@0.66.1`) serving the Kubo RPC API on 127.0.0.1, offline, with its repo in
/// a temporary directory; started by `tools/ipfs/daemon.mjs` and killed when dropped.
#[derive(Debug)]
pub struct JsIpfsDaemon {
    child: Child,
    // Kept open: the daemon exits on stdin EOF, so it also stops if this process dies.
    _stdin: Option<ChildStdin>,
    url: String,
    gateway_url: Option<String>,
    _repo: tempfile::TempDir,
}

impl JsIpfsDaemon {
    /// Whether `node` and the npm package `ipfs` are installed (in the repo's node_modules).
    pub fn available() -> bool {
        let node = Command::new("node")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        node && repo_root().join("node_modules/ipfs/package.json").is_file()
    }

    /// Starts the daemon and waits until it prints its API URL (it does so once listening).
    pub fn start() -> Result<Self, IpfsError> {
        Self::spawn(false)
    }

    /// Starts the daemon with `--gateway`: besides the RPC API it serves the trustless gateway
    /// subset (`/ipfs/{cid}?format=raw|car`, GET and HEAD) of the same node on another port,
    /// see [`JsIpfsDaemon::gateway_url`].
    pub fn start_with_gateway() -> Result<Self, IpfsError> {
        Self::spawn(true)
    }

    fn spawn(gateway: bool) -> Result<Self, IpfsError> {
        let repo = tempfile::tempdir().map_err(|source| IpfsError::Io {
            path: std::env::temp_dir(),
            source,
        })?;
        let script = repo_root().join("tools/ipfs/daemon.mjs");
        let io = |source| IpfsError::Io {
            path: script.clone(),
            source,
        };
        let mut cmd = Command::new("node");
        cmd.arg(&script)
            .arg("--repo")
            .arg(repo.path().join("repo"))
            .arg("--exit-on-stdin-close");
        if gateway {
            cmd.arg("--gateway");
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(io)?;
        let stdin = child.stdin.take();
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| io(std::io::Error::other("no stdout pipe")))?;
        let mut stdout = BufReader::new(stdout);
        let mut next_url = |what: &str| {
            let mut line = String::new();
            let read = stdout.read_line(&mut line);
            let url = line.trim().to_owned();
            if read.is_err() || !url.starts_with("http://") {
                return Err(format!(
                    "daemon.mjs did not print its {what} URL (got {url:?})"
                ));
            }
            Ok(url)
        };
        let urls = next_url("API").and_then(|api| {
            let gw = if gateway {
                Some(next_url("gateway")?)
            } else {
                None
            };
            Ok((api, gw))
        });
        let (url, gateway_url) = match urls {
            Ok(urls) => urls,
            Err(reason) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(io(std::io::Error::other(reason)));
            }
        };
        Ok(Self {
            child,
            _stdin: stdin,
            url,
            gateway_url,
            _repo: repo,
        })
    }

    /// The API URL, `http://127.0.0.1:PORT`, for [`crate::KuboRpc::new`].
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The trustless gateway's URL, `http://127.0.0.1:PORT`, for [`crate::Gateway::new`];
    /// `None` unless started with [`JsIpfsDaemon::start_with_gateway`].
    pub fn gateway_url(&self) -> Option<&str> {
        self.gateway_url.as_deref()
    }
}

impl Drop for JsIpfsDaemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
