//! The upload pipeline: probe, transcode, encrypt, add to IPFS, tables of contents, directory,
//! registration, library record. Every finished step is recorded in `<work>/state.json`, so an
//! interrupted upload resumes where it stopped and a finished one re-runs without side effects.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use alloy_primitives::{Address, B256, keccak256};
use bytes::Bytes;
use paratii_chain::bindings::video_registry::VideoRegistry::VideoRegistryErrors;
use paratii_chain::{Client, NewVideo};
use paratii_ipfs::{AddOptions, Cid, CidVersion, Ipfs};
use paratii_keys::Password;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{MediaError, Result, io};
use crate::format::Format;
use crate::hls::{encrypt_segment, segment_key};
use crate::library::{Library, UploadRecord, write_atomic};
use crate::store;
use crate::toc::{Directory, TableOfContents};
use crate::transcode::{Job, Progress, ProgressFn, Stage, Transcoder, list_segments};

/// What the publisher chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadSettings {
    /// The title registered on chain.
    pub title: String,
    /// Format names from the ladder.
    pub formats: Vec<String>,
    /// Seconds per segment.
    pub segment_seconds: u32,
    /// CIDv0 (Kubo's default) or CIDv1 with raw leaves.
    pub cid_version: CidVersion,
}

/// Who registers the video.
#[derive(Debug, Clone, Copy)]
pub struct Registrar<'a> {
    /// A client sending from the publisher's wallet.
    pub client: &'a Client,
    /// The publisher's wallet address.
    pub publisher: Address,
    /// The owner communication key (an active key of the wallet).
    pub owner_key: Address,
}

/// Everything an upload needs.
pub struct Upload<'a> {
    /// The source file.
    pub source: &'a Path,
    /// The choices.
    pub settings: UploadSettings,
    /// The data directory (work dirs, records, blocks).
    pub library: &'a Library,
    /// The keystore root, where the video secret is kept.
    pub keystore: &'a Path,
    /// The password the secret is encrypted with (the wallet's).
    pub password: &'a Password,
    /// The transcoding backend.
    pub transcoder: &'a dyn Transcoder,
    /// Where segments and JSON objects are added.
    pub ipfs: &'a dyn Ipfs,
    /// Register on the VideoRegistry, or not (`None`: IPFS and the library only).
    pub registrar: Option<Registrar<'a>>,
    /// Progress reports.
    pub progress: ProgressFn<'a>,
}

/// What happened on chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registration {
    /// This run registered the video in this transaction.
    Registered {
        /// The transaction hash.
        tx: B256,
        /// The block it was mined in.
        block: u64,
        /// Gas the registration used.
        gas_used: u64,
    },
    /// The same wallet had registered it already: nothing was sent.
    AlreadyRegisteredByYou,
    /// No registrar was given.
    NotRequested,
}

/// The result of [`upload`].
#[derive(Debug, Clone)]
pub struct UploadOutcome {
    /// The library record (also written to `<data-dir>/videos/<id>.json`).
    pub record: UploadRecord,
    /// Where the record was written.
    pub record_path: PathBuf,
    /// What happened on chain.
    pub registration: Registration,
    /// Whether this run transcoded (false when a previous run's renditions were reused).
    pub transcoded: bool,
    /// Segments this run added to IPFS.
    pub segments_added: usize,
    /// Segments a previous run had added and this run skipped.
    pub segments_reused: usize,
    /// Whether this run created the video secret.
    pub secret_created: bool,
    /// The work directory.
    pub work_dir: PathBuf,
}

/// One added segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Added {
    cid: Cid,
    size: u64,
}

/// `<work>/state.json`: what is finished.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct State {
    /// Format -> segment file names, once transcoding finished.
    transcoded: Option<BTreeMap<String, Vec<String>>>,
    /// Format -> index -> added ciphertext.
    added: BTreeMap<String, BTreeMap<u64, Added>>,
}

impl State {
    fn load(path: &Path) -> Result<Self> {
        match std::fs::read(path) {
            Ok(b) => serde_json::from_slice(&b).map_err(|e| MediaError::Json {
                what: path.display().to_string(),
                reason: e.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(io("reading", path)(e)),
        }
    }

    fn save(&self, path: &Path) -> Result<()> {
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

fn hex(bytes: &[u8]) -> String {
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

/// Runs an upload end to end (see the module documentation).
pub async fn upload(u: Upload<'_>) -> Result<UploadOutcome> {
    let formats = Format::parse_list(&u.settings.formats)?;
    let seg = u.settings.segment_seconds;
    if seg == 0 || seg > 3600 {
        return Err(MediaError::InvalidSegmentLength(seg));
    }
    let opts = AddOptions {
        cid_version: u.settings.cid_version,
    };
    let source_sha256 = sha256_file(u.source)?;
    let probe = u.transcoder.probe(u.source).await?;
    let settings_hash = settings_hash(&u.settings, &u.transcoder.id());
    let work = u.library.work_dir(&source_sha256, &settings_hash);
    std::fs::create_dir_all(&work).map_err(io("creating", &work))?;
    let state_path = work.join("state.json");
    let mut state = State::load(&state_path)?;

    let secret_name = format!("{source_sha256}-{settings_hash}");
    let (secret, secret_created) =
        store::load_or_create_secret(u.keystore, &secret_name, u.password)?;

    // Transcode, unless a previous run finished it.
    let renditions_dir = work.join("renditions");
    let mut transcoded = false;
    let files: BTreeMap<String, Vec<PathBuf>> = match &state.transcoded {
        Some(done)
            if formats.iter().all(|f| {
                done.get(f.name).is_some_and(|names| {
                    names
                        .iter()
                        .all(|n| renditions_dir.join(f.name).join(n).is_file())
                })
            }) =>
        {
            done.iter()
                .map(|(f, names)| {
                    (
                        f.clone(),
                        names
                            .iter()
                            .map(|n| renditions_dir.join(f).join(n))
                            .collect(),
                    )
                })
                .collect()
        }
        _ => {
            let job = Job {
                formats: formats.clone(),
                segment_seconds: seg,
            };
            let renditions = u
                .transcoder
                .transcode(u.source, &probe, &job, &renditions_dir, u.progress)
                .await?;
            transcoded = true;
            let mut files = BTreeMap::new();
            let mut names = BTreeMap::new();
            for r in renditions {
                let list = if r.segments.is_empty() {
                    list_segments(&renditions_dir.join(&r.format))?
                } else {
                    r.segments
                };
                names.insert(
                    r.format.clone(),
                    list.iter()
                        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                        .collect(),
                );
                files.insert(r.format, list);
            }
            state.transcoded = Some(names);
            state.added.clear();
            state.save(&state_path)?;
            files
        }
    };

    let expected = files.get(formats[0].name).map_or(0, Vec::len);
    for f in &formats {
        let actual = files.get(f.name).map_or(0, Vec::len);
        if actual != expected || actual == 0 {
            return Err(MediaError::SegmentCountMismatch {
                format: f.name.to_owned(),
                actual,
                expected,
            });
        }
    }

    // Encrypt and add every segment not added yet.
    let total = (expected * formats.len()) as u64;
    let mut done = 0u64;
    let (mut added_now, mut reused) = (0usize, 0usize);
    let mut tables = BTreeMap::new();
    let mut max_size = 0u64;
    for f in &formats {
        let mut cids = Vec::with_capacity(expected);
        for (i, path) in files[f.name].iter().enumerate() {
            let index = i as u64;
            let previous = state.added.get(f.name).and_then(|m| m.get(&index)).copied();
            let entry = match previous {
                Some(a) if u.ipfs.has(&a.cid).await? => {
                    reused += 1;
                    a
                }
                _ => {
                    let plain = std::fs::read(path).map_err(io("reading", path))?;
                    let key = segment_key(&secret, f.name, index);
                    let cipher = encrypt_segment(&key, index, &plain);
                    let size = cipher.len() as u64;
                    let cid = u.ipfs.add(Bytes::from(cipher), opts).await?;
                    added_now += 1;
                    let a = Added { cid, size };
                    state
                        .added
                        .entry(f.name.to_owned())
                        .or_default()
                        .insert(index, a);
                    state.save(&state_path)?;
                    a
                }
            };
            max_size = max_size.max(entry.size);
            cids.push(entry.cid);
            done += 1;
            (u.progress)(Progress {
                stage: Stage::Add,
                done,
                total,
            });
        }
        tables.insert(f.name.to_owned(), TableOfContents(cids));
    }

    // Tables of contents and the directory: small, deterministic, re-added every run (cheap and
    // idempotent; a store that already has them keeps one copy).
    let mut toc_cids = BTreeMap::new();
    for (name, toc) in &tables {
        let cid = u.ipfs.add(Bytes::from(toc.to_json()), opts).await?;
        toc_cids.insert(name.clone(), cid);
    }
    let directory_obj = Directory(toc_cids.clone());
    let directory = u
        .ipfs
        .add(Bytes::from(directory_obj.to_json()), opts)
        .await?;
    let video_id = keccak256(directory.to_string().as_bytes());

    let duration_s = u32::try_from(probe.duration_s.ceil() as u64)
        .unwrap_or(u32::MAX)
        .max(1);
    let segment_size_kib = u32::try_from(max_size.div_ceil(1024)).unwrap_or(u32::MAX);
    let mut record = UploadRecord {
        video_id,
        directory,
        cid_version: u.settings.cid_version,
        title: u.settings.title.clone(),
        duration_s,
        segment_seconds: seg,
        segment_size_kib,
        formats: formats.iter().map(|f| f.name.to_owned()).collect(),
        toc_cids,
        tables,
        secret: secret_name,
        source_sha256,
        settings_hash,
        publisher: None,
        owner_key: None,
        registration_tx: None,
    };
    if let Some(previous) = u.library.upload_record(&video_id)? {
        record.registration_tx = previous.registration_tx;
        record.publisher = previous.publisher;
        record.owner_key = previous.owner_key;
    }

    let registration = match u.registrar {
        None => Registration::NotRequested,
        Some(r) => {
            let registration = register(r, &record).await?;
            if let Registration::Registered { tx, .. } = registration {
                record.registration_tx = Some(tx);
            }
            record.publisher = Some(r.publisher);
            if record.owner_key.is_none() || matches!(registration, Registration::Registered { .. })
            {
                record.owner_key = Some(r.owner_key);
            }
            registration
        }
    };
    let record_path = u.library.save(&record)?;
    Ok(UploadOutcome {
        record,
        record_path,
        registration,
        transcoded,
        segments_added: added_now,
        segments_reused: reused,
        secret_created,
        work_dir: work,
    })
}

/// Registers `record` unless it already is: by us (no transaction) or by someone else (a typed
/// error before any transaction).
async fn register(r: Registrar<'_>, record: &UploadRecord) -> Result<Registration> {
    match r.client.video(record.video_id).await {
        Ok(existing) if existing.publisher == r.publisher => {
            return Ok(Registration::AlreadyRegisteredByYou);
        }
        Ok(existing) => {
            return Err(MediaError::RegisteredBySomeoneElse {
                video_id: record.video_id,
                publisher: existing.publisher,
                us: r.publisher,
            });
        }
        Err(e)
            if matches!(
                e.video_registry_error(),
                Some(VideoRegistryErrors::UnknownVideo(_))
            ) => {}
        Err(e) => return Err(e.into()),
    }
    let (_, tx) = r
        .client
        .register_video(&NewVideo {
            cid: record.directory.to_string(),
            owner_key: r.owner_key,
            title: record.title.clone(),
            duration: record.duration_s,
            segment_length: record.segment_seconds,
            segment_size: record.segment_size_kib,
            formats: record.formats.clone(),
        })
        .await?;
    Ok(Registration::Registered {
        tx: tx.hash,
        block: tx.block,
        gas_used: tx.gas_used,
    })
}

/// Fetches a video's directory and tables of contents from IPFS, verifying every block.
pub async fn fetch_tables(
    ipfs: &dyn Ipfs,
    directory: &Cid,
) -> Result<(Directory, BTreeMap<String, TableOfContents>)> {
    let dir = Directory::from_json(&paratii_ipfs::cat(ipfs, directory).await?)?;
    let mut tables = BTreeMap::new();
    for (format, cid) in &dir.0 {
        let toc = TableOfContents::from_json(&paratii_ipfs::cat(ipfs, cid).await?)?;
        tables.insert(format.clone(), toc);
    }
    Ok((dir, tables))
}

/// Every CID of an uploaded video (directory, tables, segments): the roots of its CAR export.
pub fn all_cids(record: &UploadRecord) -> Vec<Cid> {
    let mut out = vec![record.directory];
    out.extend(record.toc_cids.values().copied());
    for t in record.tables.values() {
        out.extend(t.0.iter().copied());
    }
    out
}
