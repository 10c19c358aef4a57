//! The media half of an upload: probe, transcode, encrypt, add to a store, tables of contents,
//! directory. Nothing here touches a chain: [`package`] returns the [`UploadRecord`] it produced
//! and an orchestrator (crate `paratii-upload`) checks it, publishes it and registers it.
//!
//! Every finished segment is recorded in `<work>/state.json` as soon as it is added, while the
//! transcode still runs, so an upload interrupted at any point (even by SIGKILL) keeps what it
//! finished, and a finished one re-runs without side effects.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::time::Duration;

use alloy_primitives::keccak256;
use bytes::Bytes;
use paratii_ipfs::{AddOptions, Cid, CidVersion, Ipfs};
use paratii_keys::Password;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{MediaError, Result, io};
use crate::format::Format;
use crate::hls::{VideoSecret, encrypt_segment, segment_key};
use crate::library::{Library, UploadRecord, write_atomic};
use crate::process;
use crate::store;
use crate::toc::{Directory, TableOfContents};
use crate::transcode::{
    Job, Progress, ProgressFn, Stage, Transcoder, complete_segments, finished_segments,
    list_segments,
};

/// How often the renditions' playlists are read while the transcode runs.
const POLL: Duration = Duration::from_millis(200);

/// How far a segment's measured duration may be from the segment length (every segment but
/// the last) before the output is refused: x264 cuts exactly at the forced keyframes, so this
/// only absorbs a broadcaster's rounding, never a missing cut (which is a whole segment long).
pub const SEGMENT_TOLERANCE_S: f64 = 0.5;

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

/// Everything the media half of an upload needs.
pub struct Package<'a> {
    /// The source file.
    pub source: &'a Path,
    /// The choices.
    pub settings: UploadSettings,
    /// The data directory (work dirs).
    pub library: &'a Library,
    /// The keystore root, where the video secret is kept.
    pub keystore: &'a Path,
    /// The password the secret is encrypted with (the wallet's).
    pub password: &'a Password,
    /// The transcoding backend.
    pub transcoder: &'a dyn Transcoder,
    /// Where segments and JSON objects are added: the publisher's own store, never a network
    /// node (publishing is the orchestrator's later, separate step).
    pub store: &'a dyn Ipfs,
    /// Progress reports.
    pub progress: ProgressFn<'a>,
}

/// The result of [`package`]: what was produced and added to the store.
#[derive(Debug)]
pub struct Packaged {
    /// The record of the video (`publisher`, `owner_key` and `registration_tx` unset), not yet
    /// written to the library.
    pub record: UploadRecord,
    /// Whether this run transcoded (false when a previous run's renditions were reused).
    pub transcoded: bool,
    /// Segments this run added to the store.
    pub segments_added: usize,
    /// Segments the store already had (a previous, possibly interrupted, run added them).
    pub segments_reused: usize,
    /// Whether this run created the video secret.
    pub secret_created: bool,
    /// The work directory.
    pub work_dir: PathBuf,
    /// The duration the source declares, in seconds (ffprobe).
    pub source_seconds: f64,
    /// The duration of what was produced, in seconds (the segments, measured).
    pub output_seconds: f64,
    /// Pids of an earlier upload's children that were still writing into the work directory
    /// and were killed before this run started.
    pub strays_stopped: Vec<u32>,
    /// The work directory's lock, held until this is dropped.
    pub lock: WorkLock,
}

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
struct Done {
    /// The plaintext's file name in the rendition directory.
    file: String,
    /// sha256 of the plaintext, hex: a re-transcode that gives other bytes is not confused
    /// with the segment recorded.
    sha256: String,
    /// Its measured duration.
    seconds: f64,
    /// The ciphertext's CID.
    cid: Cid,
    /// The ciphertext's size in bytes.
    size: u64,
}

/// `<work>/state.json`: what is finished. (A state written by an earlier version, with
/// `added` instead of `segments`, reads as "nothing recorded": every segment is then found
/// in the store and reused.)
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct State {
    /// Format -> segment file names, once the transcode finished.
    transcoded: Option<BTreeMap<String, Vec<String>>>,
    /// Format -> index -> finished segment.
    #[serde(default)]
    segments: BTreeMap<String, BTreeMap<u64, Done>>,
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

/// The number of segments a viewer expects of a video registered with `duration_s` and
/// `segment_seconds`: `ceil(duration / segmentLength)` (`paratii-net`'s session and viewer
/// refuse a table of contents of any other length).
pub fn segments_for(duration_s: u32, segment_seconds: u32) -> u64 {
    u64::from(duration_s).div_ceil(u64::from(segment_seconds.max(1)))
}

/// The duration to register for `segments` segments of `segment_seconds` whose last one lasts
/// `last_s`: the full segments plus the last one rounded up to whole seconds, at least 1 s and at
/// most a segment. Always `segments_for(result, L) == segments`, which a plain
/// `ceil(total)` is not: a last segment of 2.02 s (its audio overhangs the last frame) in 2 s
/// segments would round 10.02 s up to 11 s, i.e. 6 segments where there are 5.
pub fn registered_duration(segments: usize, segment_seconds: u32, last_s: f64) -> u32 {
    let full = u64::try_from(segments.saturating_sub(1))
        .unwrap_or(u64::MAX)
        .saturating_mul(u64::from(segment_seconds));
    let last = if last_s.is_finite() {
        (last_s.ceil().max(1.0) as u64).min(u64::from(segment_seconds.max(1)))
    } else {
        1
    };
    u32::try_from(full.saturating_add(last)).unwrap_or(u32::MAX)
}

/// How many segments are measured (one ffprobe each, mostly process start-up) at once, and the
/// most plaintexts held in memory.
const BATCH: usize = 8;

/// A segment to absorb: its format, index and file.
type Item = (&'static str, usize, PathBuf);

/// A segment read, waiting for its measure and its add.
struct Pending {
    format: &'static str,
    index: usize,
    path: PathBuf,
    file: String,
    plain: Vec<u8>,
    sha256: String,
    seconds: Option<f64>,
}

/// The encrypt-and-add half of a run: every segment goes through [`Packer::absorb`].
struct Packer<'a> {
    p: &'a Package<'a>,
    formats: &'a [Format],
    secret: VideoSecret,
    opts: AddOptions,
    state: State,
    state_path: PathBuf,
    renditions: PathBuf,
    /// Format -> index -> this run's finished segment.
    produced: BTreeMap<&'static str, BTreeMap<usize, Done>>,
    added: usize,
    reused: usize,
    /// Segments expected in all (an estimate while the transcode runs).
    total: u64,
}

impl Packer<'_> {
    fn report(&self) {
        let done: usize = self.produced.values().map(BTreeMap::len).sum();
        (self.p.progress)(Progress {
            stage: Stage::Add,
            done: done as u64,
            total: self.total.max(done as u64),
        });
    }

    fn has_produced(&self, format: &str, index: usize, path: &Path) -> bool {
        self.produced
            .get(format)
            .and_then(|m| m.get(&index))
            .is_some_and(|d| path.file_name().is_some_and(|n| *n == *d.file))
    }

    /// Measures, encrypts and adds `items`, [`BATCH`] at a time, except what is recorded or
    /// already in the store. `trusted`: the files are those a finished transcode recorded, so a
    /// recorded entry is believed without reading the file again.
    async fn absorb(&mut self, items: Vec<Item>, trusted: bool) -> Result<()> {
        for batch in items.chunks(BATCH) {
            self.absorb_batch(batch, trusted).await?;
        }
        Ok(())
    }

    async fn absorb_batch(&mut self, batch: &[Item], trusted: bool) -> Result<()> {
        // 1. What is done already: recorded (and, unless trusted, the same bytes) and stored.
        let mut pending = Vec::new();
        for (format, index, path) in batch {
            let (format, index) = (*format, *index);
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let recorded = self
                .state
                .segments
                .get(format)
                .and_then(|m| m.get(&(index as u64)))
                .filter(|d| d.file == file)
                .cloned();
            if let Some(done) = recorded.as_ref().filter(|_| trusted)
                && self.p.store.has(&done.cid).await?
            {
                self.reused += 1;
                self.finish(format, index, done.clone());
                continue;
            }
            let plain = std::fs::read(path).map_err(io("reading", path))?;
            let sha256 = hex(&Sha256::digest(&plain));
            let recorded = recorded.filter(|d| d.sha256 == sha256);
            if let Some(done) = &recorded
                && self.p.store.has(&done.cid).await?
            {
                self.reused += 1;
                self.finish(format, index, done.clone());
                continue;
            }
            pending.push(Pending {
                format,
                index,
                path: path.clone(),
                file,
                plain,
                sha256,
                seconds: recorded.map(|d| d.seconds),
            });
        }
        // 2. Measure what is new, all at once.
        let measures = pending
            .iter()
            .filter(|p| p.seconds.is_none())
            .map(|p| self.p.transcoder.segment_seconds(&p.path));
        let mut measured = futures::future::join_all(measures).await.into_iter();
        for p in pending.iter_mut().filter(|p| p.seconds.is_none()) {
            p.seconds = measured.next().transpose()?;
        }
        // 3. Encrypt and add, in order.
        for p in pending {
            let i = p.index as u64;
            let key = segment_key(&self.secret, p.format, i);
            let cipher = encrypt_segment(&key, i, &p.plain);
            let size = cipher.len() as u64;
            // The CID first: a store that has it (an add whose record was lost with a killed
            // run) is not written again.
            let cid = paratii_ipfs::file_cid(&cipher, self.opts);
            if self.p.store.has(&cid).await? {
                self.reused += 1;
            } else {
                let added = self.p.store.add(Bytes::from(cipher), self.opts).await?;
                if added != cid {
                    return Err(paratii_ipfs::IpfsError::CidMismatch {
                        expected: cid,
                        actual: added,
                    }
                    .into());
                }
                self.added += 1;
            }
            let done = Done {
                file: p.file,
                sha256: p.sha256,
                seconds: p.seconds.unwrap_or_default(),
                cid,
                size,
            };
            self.state
                .segments
                .entry(p.format.to_owned())
                .or_default()
                .insert(i, done.clone());
            self.finish(p.format, p.index, done);
        }
        Ok(())
    }

    fn finish(&mut self, format: &'static str, index: usize, done: Done) {
        self.produced.entry(format).or_default().insert(index, done);
        self.report();
    }

    /// While the transcode runs: absorbs every segment a playlist lists that this run has not.
    async fn absorb_finished(&mut self) -> Result<()> {
        let mut items = Vec::new();
        for f in self.formats {
            let finished = finished_segments(&self.renditions.join(f.name));
            for (index, path) in finished.into_iter().enumerate() {
                if !self.has_produced(f.name, index, &path) {
                    items.push((f.name, index, path));
                }
            }
        }
        if !items.is_empty() {
            self.absorb(items, false).await?;
            self.state.save(&self.state_path)?;
        }
        Ok(())
    }
}

/// The renditions a previous run finished: recorded in the state, or (a run killed between
/// the end of ffmpeg and the state write) complete playlists. `None`: transcode again.
fn finished_renditions(
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

/// Runs the media half of an upload (see the module documentation).
pub async fn package(p: Package<'_>) -> Result<Packaged> {
    let formats = Format::parse_list(&p.settings.formats)?;
    let seg = p.settings.segment_seconds;
    if seg == 0 || seg > 3600 {
        return Err(MediaError::InvalidSegmentLength(seg));
    }
    let opts = AddOptions {
        cid_version: p.settings.cid_version,
    };
    let source_sha256 = sha256_file(p.source)?;
    let probe = p.transcoder.probe(p.source).await?;
    let settings_hash = settings_hash(&p.settings, &p.transcoder.id());
    let work = p.library.work_dir(&source_sha256, &settings_hash);
    std::fs::create_dir_all(&work).map_err(io("creating", &work))?;
    // Absolute: the path is in ffmpeg's arguments, where a later run looks for strays.
    let work = work.canonicalize().map_err(io("resolving", &work))?;
    let lock = WorkLock::acquire(&work)?;
    let strays_stopped: Vec<u32> = p
        .transcoder
        .children()
        .iter()
        .flat_map(|program| process::stop_strays(&work, program))
        .collect();
    let state_path = work.join("state.json");
    let state = State::load(&state_path)?;

    let secret_name = format!("{source_sha256}-{settings_hash}");
    let (secret, secret_created) =
        store::load_or_create_secret(p.keystore, &secret_name, p.password)?;

    let renditions = work.join("renditions");
    let estimate = (probe.duration_s / f64::from(seg)).ceil().max(1.0) as u64;
    let mut packer = Packer {
        p: &p,
        formats: &formats,
        secret,
        opts,
        state,
        state_path,
        renditions: renditions.clone(),
        produced: BTreeMap::new(),
        added: 0,
        reused: 0,
        total: estimate * formats.len() as u64,
    };

    // Transcode, unless a previous run finished it; segments are absorbed as they complete.
    let (files, trusted, transcoded) =
        match finished_renditions(&packer.state, &formats, &renditions) {
            Some((files, trusted)) => (files, trusted, false),
            None => {
                packer.state.transcoded = None;
                packer.state.save(&packer.state_path)?;
                let job = Job {
                    formats: formats.clone(),
                    segment_seconds: seg,
                };
                let mut transcode =
                    pin!(
                        p.transcoder
                            .transcode(p.source, &probe, &job, &renditions, p.progress)
                    );
                let done = loop {
                    tokio::select! {
                        biased;
                        done = &mut transcode => break done?,
                        () = tokio::time::sleep(POLL) => packer.absorb_finished().await?,
                    }
                };
                let mut files = BTreeMap::new();
                for r in done {
                    let list = if r.segments.is_empty() {
                        list_segments(&renditions.join(&r.format))?
                    } else {
                        r.segments
                    };
                    files.insert(r.format, list);
                }
                (files, false, true)
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
    packer.total = (expected * formats.len()) as u64;
    let mut items = Vec::new();
    for f in &formats {
        for (index, path) in files.get(f.name).into_iter().flatten().enumerate() {
            if !packer.has_produced(f.name, index, path) {
                items.push((f.name, index, path.clone()));
            }
        }
    }
    packer.absorb(items, trusted).await?;
    // This run's segments are exactly the renditions' (none left from a longer earlier listing).
    for f in &formats {
        if let Some(m) = packer.produced.get_mut(f.name) {
            m.retain(|i, _| *i < expected);
        }
    }
    packer.state.transcoded = Some(
        files
            .iter()
            .map(|(f, list)| {
                let names = list
                    .iter()
                    .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .collect();
                (f.clone(), names)
            })
            .collect(),
    );
    packer.state.save(&packer.state_path)?;

    // What is registered is what was produced: the segment count, and a duration computed from
    // the measured segments that maps back to that count.
    let mut last_s = 0f64;
    for f in &formats {
        let list: Vec<&Done> = packer
            .produced
            .get(f.name)
            .map(|m| m.values().collect())
            .unwrap_or_default();
        for (i, d) in list.iter().enumerate() {
            let is_last = i + 1 == list.len();
            let off = d.seconds - f64::from(seg);
            if (!is_last && off.abs() > SEGMENT_TOLERANCE_S)
                || (is_last && off > SEGMENT_TOLERANCE_S)
            {
                return Err(MediaError::InconsistentOutput {
                    detail: format!(
                        "segment {i} of {} lasts {:.3} s where every segment but the last lasts {seg} s and none more",
                        f.name, d.seconds
                    ),
                });
            }
        }
        last_s = last_s.max(list.last().map_or(0.0, |d| d.seconds));
    }
    let duration_s = registered_duration(expected, seg, last_s);
    let output_seconds = (expected.saturating_sub(1) as f64) * f64::from(seg) + last_s;

    // Tables of contents and the directory: small, deterministic, re-added every run (cheap and
    // idempotent; a store that already has them keeps one copy).
    let mut tables = BTreeMap::new();
    let mut toc_cids = BTreeMap::new();
    let mut max_size = 0u64;
    for f in &formats {
        let list: Vec<&Done> = packer
            .produced
            .get(f.name)
            .map(|m| m.values().collect())
            .unwrap_or_default();
        max_size = list.iter().map(|d| d.size).fold(max_size, u64::max);
        let toc = TableOfContents(list.iter().map(|d| d.cid).collect());
        let cid = p.store.add(Bytes::from(toc.to_json()), opts).await?;
        toc_cids.insert(f.name.to_owned(), cid);
        tables.insert(f.name.to_owned(), toc);
    }
    let directory = p
        .store
        .add(Bytes::from(Directory(toc_cids.clone()).to_json()), opts)
        .await?;
    let video_id = keccak256(directory.to_string().as_bytes());
    let segment_size_kib = u32::try_from(max_size.div_ceil(1024)).unwrap_or(u32::MAX);
    let record = UploadRecord {
        video_id,
        directory,
        cid_version: p.settings.cid_version,
        title: p.settings.title.clone(),
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
    let (segments_added, segments_reused) = (packer.added, packer.reused);
    Ok(Packaged {
        record,
        transcoded,
        segments_added,
        segments_reused,
        secret_created,
        work_dir: work,
        source_seconds: probe.duration_s,
        output_seconds,
        strays_stopped,
        lock,
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

/// Every CID of an uploaded video, children before parents (segments, tables of contents, the
/// directory): the roots of its CAR export, and the order in which it is published, so that a
/// node never holds a directory whose content it lacks.
pub fn all_cids(record: &UploadRecord) -> Vec<Cid> {
    let mut out = Vec::new();
    for t in record.tables.values() {
        out.extend(t.0.iter().copied());
    }
    out.extend(record.toc_cids.values().copied());
    out.push(record.directory);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registered_duration_gives_back_the_segment_count() {
        for seg in 1..=12u32 {
            for n in 1..=40usize {
                // Last segments from a millisecond to half a second over the segment length.
                let lasts = (1..=20).map(|k| f64::from(k) * (f64::from(seg) + 0.49) / 20.0);
                for last in lasts.chain([0.001]) {
                    let d = registered_duration(n, seg, last);
                    assert_eq!(segments_for(d, seg), n as u64, "{n} x {seg} s, last {last}");
                }
            }
        }
        // The case that broke: 5 segments of 2 s, the last 2.021 s long (audio overhang).
        assert_eq!(registered_duration(5, 2, 2.021), 10);
        // A truncated source: 3 segments, the last 0.8 s.
        assert_eq!(registered_duration(3, 2, 0.8), 5);
        assert_eq!(registered_duration(2, 10, 0.01), 11);
    }

    #[test]
    fn a_work_dir_is_locked_once() {
        let dir = tempfile::tempdir().unwrap();
        let lock = WorkLock::acquire(dir.path()).unwrap();
        assert!(matches!(
            WorkLock::acquire(dir.path()),
            Err(MediaError::UploadInProgress { .. })
        ));
        drop(lock);
        WorkLock::acquire(dir.path()).unwrap();
    }
}
