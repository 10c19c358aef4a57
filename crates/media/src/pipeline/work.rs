//! The work directory of an upload: its lock, and `state.json`, the record of what is finished
//! that lets an interrupted upload resume.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use paratii_ipfs::Cid;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::UploadSettings;
use crate::error::{MediaError, Result, io};
use crate::format::Format;
use crate::library::write_atomic;
use crate::transcode::complete_segments;

/// An exclusive lock on a work directory (`<work>/lock`, `flock`): one upload at a time per
/// source and settings. The kernel releases it when the holder dies, however it dies, so a
/// stale lock never blocks a re-run.
#[derive(Debug)]
pub struct WorkLock {
    _file: File,
    path: PathBuf,
}

impl WorkLock {
    /// Takes the lock of `work`, or fails with [`MediaError::UploadInProgress`].
    pub fn acquire(work: &Path) -> Result<Self> {
        let path = work.join("lock");
        let mut file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io("opening", &path))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(MediaError::UploadInProgress { path }),
            Err(TryLockError::Error(e)) => return Err(io("locking", &path)(e)),
        }
        // The holder's pid, for a person who wonders who holds it (the lock is the flock).
        let _ = file
            .set_len(0)
            .and_then(|()| writeln!(file, "{}", std::process::id()));
        Ok(Self { _file: file, path })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// One finished segment: its plaintext file and what was added for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Done {
    /// The plaintext's file name in the rendition directory.
    pub(super) file: String,
    /// sha256 of the plaintext, hex: a re-transcode that gives other bytes is not confused
    /// with the segment recorded.
    pub(super) sha256: String,
    /// Its measured duration.
    pub(super) seconds: f64,
    /// The ciphertext's CID.
    pub(super) cid: Cid,
    /// The ciphertext's size in bytes.
    pub(super) size: u64,
}

/// `<work>/state.json`: what is finished. (A state written by an earlier version, with
/// `added` instead of `segments`, reads as "nothing recorded": every segment is then found
/// in the store and reused.)
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct State {
    /// Format -> segment file names, once the transcode finished.
    pub(super) transcoded: Option<BTreeMap<String, Vec<String>>>,
    /// Format -> index -> finished segment.
    #[serde(default)]
    pub(super) segments: BTreeMap<String, BTreeMap<u64, Done>>,
}

impl State {
    pub(super) fn load(path: &Path) -> Result<Self> {
        match std::fs::read(path) {
            Ok(b) => serde_json::from_slice(&b).map_err(|e| MediaError::Json {
                what: path.display().to_string(),
                reason: e.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(io("reading", path)(e)),
        }
    }

    pub(super) fn save(&self, path: &Path) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(self).map_err(|e| MediaError::Json {
            what: "the upload state".into(),
            reason: e.to_string(),
        })?;
        write_atomic(path, &bytes)
    }
}

/// sha256 of a file, hex; unreadable files give [`MediaError::Unreadable`].
pub fn sha256_file(path: &Path) -> Result<String> {
    let unreadable = |e: std::io::Error| MediaError::Unreadable {
        path: path.to_owned(),
        reason: e.to_string(),
    };
    let mut file = std::fs::File::open(path).map_err(unreadable)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf).map_err(unreadable)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The hash of everything that determines the output bytes: formats, segment length, CID version
/// and the transcoder. 16 hex digits; names the work directory and the video secret.
pub fn settings_hash(settings: &UploadSettings, transcoder_id: &str) -> String {
    let canonical = serde_json::json!({
        "formats": settings.formats,
        "segmentSeconds": settings.segment_seconds,
        "cidVersion": settings.cid_version,
        "transcoder": transcoder_id,
    });
    hex(&Sha256::digest(canonical.to_string().as_bytes())[..8])
}

/// The renditions a previous run finished: recorded in the state, or (a run killed between
/// the end of ffmpeg and the state write) complete playlists. `None`: transcode again.
pub(super) fn finished_renditions(
    state: &State,
    formats: &[Format],
    renditions: &Path,
) -> Option<(BTreeMap<String, Vec<PathBuf>>, bool)> {
    let recorded = state.transcoded.as_ref().and_then(|done| {
        formats
            .iter()
            .map(|f| {
                let names = done.get(f.name)?;
                let files: Vec<PathBuf> = names
                    .iter()
                    .map(|n| renditions.join(f.name).join(n))
                    .collect();
                (!files.is_empty() && files.iter().all(|p| p.is_file()))
                    .then(|| (f.name.to_owned(), files))
            })
            .collect::<Option<BTreeMap<_, _>>>()
    });
    if let Some(files) = recorded {
        return Some((files, true));
    }
    formats
        .iter()
        .map(|f| {
            Some((
                f.name.to_owned(),
                complete_segments(&renditions.join(f.name))?,
            ))
        })
        .collect::<Option<BTreeMap<_, _>>>()
        .map(|files| (files, false))
}
