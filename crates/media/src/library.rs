//! The publisher's local library: `<data-dir>/videos/<video-id>.json` (one [`UploadRecord`] per
//! uploaded video) and the embedded block store `<data-dir>/blocks` that `serve` reads from.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use alloy_primitives::{Address, B256};
use bytes::Bytes;
use paratii_ipfs::{BlockStore, Cid, CidVersion};
use serde::{Deserialize, Serialize};

use crate::error::{MediaError, Result, io};
use crate::toc::TableOfContents;

/// Everything a publisher needs to serve a video it uploaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UploadRecord {
    /// keccak256 of the directory CID's string, the VideoRegistry id.
    pub video_id: B256,
    /// The directory CID.
    pub directory: Cid,
    /// The CID version of every object of the video.
    pub cid_version: CidVersion,
    /// Title.
    pub title: String,
    /// Seconds (the source's duration, rounded up).
    pub duration_s: u32,
    /// Seconds per segment.
    pub segment_seconds: u32,
    /// The largest encrypted segment of any format, in KiB rounded up.
    pub segment_size_kib: u32,
    /// Format names, in the order given.
    pub formats: Vec<String>,
    /// Format -> its table-of-contents CID (the directory's content).
    pub toc_cids: BTreeMap<String, Cid>,
    /// Format -> its segment CIDs.
    pub tables: BTreeMap<String, TableOfContents>,
    /// The video secret's name in `<keystore>/videos/<name>.json` (see [`crate::store`]).
    pub secret: String,
    /// sha256 of the source file, hex.
    pub source_sha256: String,
    /// The hash of the upload settings, hex (names the work dir and the secret).
    pub settings_hash: String,
    /// The publishing wallet, once registered.
    pub publisher: Option<Address>,
    /// The owner communication key, once registered.
    pub owner_key: Option<Address>,
    /// The registration transaction, when this upload sent it.
    pub registration_tx: Option<B256>,
}

impl UploadRecord {
    /// Number of segments per format.
    pub fn segment_count(&self) -> usize {
        self.tables.values().next().map_or(0, |t| t.0.len())
    }
}

/// A data directory.
#[derive(Debug, Clone)]
pub struct Library {
    root: PathBuf,
}

impl Library {
    /// The library in `data_dir` (created on first write).
    pub fn open(data_dir: impl Into<PathBuf>) -> Self {
        Self {
            root: data_dir.into(),
        }
    }

    /// The data directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where blocks live by default.
    pub fn blocks_dir(&self) -> PathBuf {
        self.root.join("blocks")
    }

    /// The embedded block store.
    pub fn blocks(&self) -> Result<BlockStore> {
        Ok(BlockStore::open(self.blocks_dir())?)
    }

    /// The work directory of an upload.
    pub fn work_dir(&self, source_sha256: &str, settings_hash: &str) -> PathBuf {
        self.root
            .join("work")
            .join(format!("{source_sha256}-{settings_hash}"))
    }

    fn record_path(&self, video_id: &B256) -> PathBuf {
        self.root.join("videos").join(format!("{video_id}.json"))
    }

    /// The record of `video_id`, if this library uploaded it.
    pub fn upload_record(&self, video_id: &B256) -> Result<Option<UploadRecord>> {
        let path = self.record_path(video_id);
        match fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| MediaError::Json {
                    what: path.display().to_string(),
                    reason: e.to_string(),
                }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io("reading", &path)(e)),
        }
    }

    /// Every record, sorted by video id.
    pub fn records(&self) -> Result<Vec<UploadRecord>> {
        let dir = self.root.join("videos");
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io("listing", &dir)(e)),
        };
        let mut out = Vec::new();
        for entry in entries {
            let path = entry.map_err(io("listing", &dir))?.path();
            let Some(id) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".json"))
                .and_then(|n| n.parse::<B256>().ok())
            else {
                continue;
            };
            if let Some(r) = self.upload_record(&id)? {
                out.push(r);
            }
        }
        out.sort_by_key(|r| r.video_id);
        Ok(out)
    }

    fn salt_path(&self, video_id: &B256, publisher: Address, owner_key: Address) -> PathBuf {
        self.root.join("commitments").join(format!(
            "{video_id}-{}-{}.salt",
            hex(publisher.as_slice()),
            hex(owner_key.as_slice())
        ))
    }

    /// The salt of the registration commitment of `video_id` by `publisher` with `owner_key`
    /// (PROTOCOL R22), if this library made one.
    pub fn existing_commitment_salt(
        &self,
        video_id: &B256,
        publisher: Address,
        owner_key: Address,
    ) -> Result<Option<B256>> {
        let path = self.salt_path(video_id, publisher, owner_key);
        match fs::read_to_string(&path) {
            Ok(text) => text.trim().parse().map(Some).map_err(|_| MediaError::Json {
                what: path.display().to_string(),
                reason: "not a 32-byte hex salt: delete it to commit anew".into(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io("reading", &path)(e)),
        }
    }

    /// That salt, created on first use and kept, so an upload interrupted between its commit
    /// and its reveal resumes with the same commitment instead of committing later.
    pub fn commitment_salt(
        &self,
        video_id: &B256,
        publisher: Address,
        owner_key: Address,
    ) -> Result<B256> {
        if let Some(salt) = self.existing_commitment_salt(video_id, publisher, owner_key)? {
            return Ok(salt);
        }
        let salt = B256::from(rand::random::<[u8; 32]>());
        write_atomic(
            &self.salt_path(video_id, publisher, owner_key),
            salt.to_string().as_bytes(),
        )?;
        Ok(salt)
    }

    /// Writes (replaces) a record.
    pub fn save(&self, record: &UploadRecord) -> Result<PathBuf> {
        let path = self.record_path(&record.video_id);
        let text = serde_json::to_vec_pretty(record).map_err(|e| MediaError::Json {
            what: "an upload record".into(),
            reason: e.to_string(),
        })?;
        write_atomic(&path, &text)?;
        Ok(path)
    }

    /// The ciphertext of segment `index` of `format` of `video_id`, read from the embedded block
    /// store with every block verified against its CID.
    pub async fn segment(&self, video_id: &B256, format: &str, index: u64) -> Result<Bytes> {
        let record = self
            .upload_record(video_id)?
            .ok_or_else(|| MediaError::NotInLibrary {
                what: format!("video {video_id}"),
            })?;
        let cid = record
            .tables
            .get(format)
            .and_then(|t| usize::try_from(index).ok().and_then(|i| t.0.get(i)))
            .ok_or_else(|| MediaError::NotInLibrary {
                what: format!("segment {index} of {format} of {video_id}"),
            })?;
        let store = self.blocks()?;
        Ok(Bytes::from(paratii_ipfs::cat(&store, cid).await?))
    }
}

/// Writes through a synced temporary file and a rename, so readers never see half a file and a
/// crash right after leaves the whole one.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write as _;
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(io("creating", dir))?;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut file = fs::File::create(&tmp).map_err(io("writing", &tmp))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(io("writing", &tmp))?;
    fs::rename(&tmp, path).map_err(io("renaming into", path))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
