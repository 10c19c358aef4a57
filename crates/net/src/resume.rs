//! What a viewer keeps of its channel between runs, so a `watch` or `play` that was killed
//! resumes the open channel instead of paying for a new one, and never pays twice: the request in
//! flight is on disk before it is sent, and is sent again as is.
//!
//! One JSON file per video and format in the viewer's state directory, written atomically
//! (temporary file, fsync, rename) and readable only by its owner (it holds paid keys).

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use alloy::primitives::{B256, Bytes};
use serde::{Deserialize, Serialize};

use crate::error::{NetError, Result};

/// A request sent (or about to be) whose answer has not come back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pending {
    /// The balance it pays.
    pub balance: u64,
    /// The segments it asks for (keys mode) or pays for (bytes mode).
    pub segments: Vec<u64>,
    /// The request's JSON header, byte for byte.
    pub header: Bytes,
}

/// A viewer's channel as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ViewerState {
    /// The channel id.
    pub channel: B256,
    /// The `open` transaction.
    pub open_tx: B256,
    /// The video id.
    pub video: B256,
    /// The format.
    pub format: String,
    /// `"keys"` or `"bytes"`.
    pub delivery: String,
    /// The balance paid and answered.
    pub balance: u64,
    /// Keys received (keys mode), by segment.
    #[serde(default)]
    pub keys: BTreeMap<u64, Bytes>,
    /// Segments received and written (bytes mode).
    #[serde(default)]
    pub received: Vec<u64>,
    /// Segments paid for and not delivered (bytes mode, the withholding defence).
    #[serde(default)]
    pub missing: Vec<u64>,
    /// The request in flight.
    pub pending: Option<Pending>,
}

/// Where one video's state lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateFile {
    path: PathBuf,
}

impl StateFile {
    /// The state of `video` in `format` under `dir`.
    pub fn new(dir: &Path, video: B256, format: &str) -> Self {
        // Format names are at most 31 bytes of the registry's choosing; keep the file name tame.
        let format: String = format
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        Self {
            path: dir.join(format!("{video}-{format}.json")),
        }
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The saved state, if any. A damaged file is an error (its channel may hold funds), never
    /// ignored silently.
    pub fn load(&self) -> Result<Option<ViewerState>> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| NetError::Malformed {
                    what: "viewer state",
                    reason: format!(
                        "{}: {e}; move it away to start a new channel (its channel returns its escrow at expiration)",
                        self.path.display()
                    ),
                }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(NetError::io(&self.path)(e)),
        }
    }

    /// Saves `state` durably: after this returns, a crash leaves either it or the previous one.
    pub fn save(&self, state: &ViewerState) -> Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(NetError::io(dir))?;
        let tmp = self.path.with_extension("json.tmp");
        let bytes = serde_json::to_vec_pretty(state).map_err(|e| NetError::Malformed {
            what: "viewer state",
            reason: e.to_string(),
        })?;
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&tmp).map_err(NetError::io(&tmp))?;
        file.write_all(&bytes).map_err(NetError::io(&tmp))?;
        file.sync_all().map_err(NetError::io(&tmp))?;
        std::fs::rename(&tmp, &self.path).map_err(NetError::io(&self.path))?;
        if let Ok(d) = std::fs::File::open(dir) {
            // The rename itself must survive a crash too.
            let _ = d.sync_all();
        }
        Ok(())
    }

    /// Forgets the state (the channel is closed).
    pub fn remove(&self) -> Result<()> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(NetError::io(&self.path)(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_load_remove() {
        let dir = tempfile::tempdir().unwrap();
        let file = StateFile::new(dir.path(), B256::repeat_byte(1), "240p30");
        assert_eq!(file.load().unwrap(), None);
        let state = ViewerState {
            channel: B256::repeat_byte(2),
            open_tx: B256::repeat_byte(3),
            video: B256::repeat_byte(1),
            format: "240p30".into(),
            delivery: "keys".into(),
            balance: 2,
            keys: [(0, Bytes::from(vec![7u8; 16]))].into(),
            received: vec![],
            missing: vec![],
            pending: Some(Pending {
                balance: 3,
                segments: vec![1],
                header: Bytes::from(b"{}".to_vec()),
            }),
        };
        file.save(&state).unwrap();
        assert_eq!(file.load().unwrap(), Some(state));
        std::fs::write(file.path(), b"{\"channel\":").unwrap();
        assert!(file.load().is_err(), "a damaged state is an error");
        file.remove().unwrap();
        assert_eq!(file.load().unwrap(), None);
    }
}
