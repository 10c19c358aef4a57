//! Test helpers (feature `test-utils`): a real Kubo-compatible RPC server on loopback.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};

use crate::error::IpfsError;

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
        let repo = tempfile::tempdir().map_err(|source| IpfsError::Io {
            path: std::env::temp_dir(),
            source,
        })?;
        let script = repo_root().join("tools/ipfs/daemon.mjs");
        let io = |source| IpfsError::Io {
            path: script.clone(),
            source,
        };
        let mut child = Command::new("node")
            .arg(&script)
            .arg("--repo")
            .arg(repo.path().join("repo"))
            .arg("--exit-on-stdin-close")
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
        let mut line = String::new();
        let read = BufReader::new(stdout).read_line(&mut line);
        let url = line.trim().to_owned();
        if read.is_err() || !url.starts_with("http://") {
            let _ = child.kill();
            let _ = child.wait();
            return Err(io(std::io::Error::other(format!(
                "daemon.mjs did not print its API URL (got {url:?})"
            ))));
        }
        Ok(Self {
            child,
            _stdin: stdin,
            url,
            _repo: repo,
        })
    }

    /// The API URL, `http://127.0.0.1:PORT`, for [`crate::KuboRpc::new`].
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Drop for JsIpfsDaemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
