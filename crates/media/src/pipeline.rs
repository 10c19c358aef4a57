//! The media half of an upload: probe, transcode, encrypt, add to a store, tables of contents,
//! directory. Nothing here touches a chain: [`package`] returns the [`UploadRecord`] it produced
//! and an orchestrator (crate `paratii-upload`) checks it, publishes it and registers it.
//!
//! Every finished segment is recorded in `<work>/state.json` as soon as it is added, while the
//! transcode still runs, so an upload interrupted at any point (even by SIGKILL) keeps what it
//! finished, and a finished one re-runs without side effects.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::time::Duration;

use alloy_primitives::keccak256;
use bytes::Bytes;
use paratii_ipfs::{AddOptions, Cid, CidVersion, Ipfs};
use paratii_keys::Password;

use crate::error::{MediaError, Result, io};
use crate::format::Format;
use crate::library::{Library, UploadRecord};
use crate::process;
use crate::store;
use crate::toc::{Directory, TableOfContents};
use crate::transcode::{Job, ProgressFn, Transcoder, list_segments};

mod packer;
mod work;

use packer::Packer;
use work::{Done, State, finished_renditions};
pub use work::{WorkLock, settings_hash, sha256_file};

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
