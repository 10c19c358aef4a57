//! The encrypt-and-add half of an upload: each finished segment is read, measured, encrypted,
//! added to the store and recorded in the work directory's state, in batches.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use paratii_ipfs::AddOptions;
use sha2::{Digest, Sha256};

use super::Package;
use super::work::{Done, State, hex};
use crate::error::{Result, io};
use crate::format::Format;
use crate::hls::{VideoSecret, encrypt_segment, segment_key};
use crate::transcode::{Progress, Stage, finished_segments};

/// How many segments are measured (one ffprobe each, mostly process start-up) at once, and the
/// most plaintexts held in memory.
pub(super) const BATCH: usize = 8;

/// A segment to absorb: its format, index and file.
pub(super) type Item = (&'static str, usize, PathBuf);

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
pub(super) struct Packer<'a> {
    pub(super) p: &'a Package<'a>,
    pub(super) formats: &'a [Format],
    pub(super) secret: VideoSecret,
    pub(super) opts: AddOptions,
    pub(super) state: State,
    pub(super) state_path: PathBuf,
    pub(super) renditions: PathBuf,
    /// Format -> index -> this run's finished segment.
    pub(super) produced: BTreeMap<&'static str, BTreeMap<usize, Done>>,
    pub(super) added: usize,
    pub(super) reused: usize,
    /// Segments expected in all (an estimate while the transcode runs).
    pub(super) total: u64,
}

impl Packer<'_> {
    pub(super) fn report(&self) {
        let done: usize = self.produced.values().map(BTreeMap::len).sum();
        (self.p.progress)(Progress {
            stage: Stage::Add,
            done: done as u64,
            total: self.total.max(done as u64),
        });
    }

    pub(super) fn has_produced(&self, format: &str, index: usize, path: &Path) -> bool {
        self.produced
            .get(format)
            .and_then(|m| m.get(&index))
            .is_some_and(|d| path.file_name().is_some_and(|n| *n == *d.file))
    }

    /// Measures, encrypts and adds `items`, [`BATCH`] at a time, except what is recorded or
    /// already in the store. `trusted`: the files are those a finished transcode recorded, so a
    /// recorded entry is believed without reading the file again.
    pub(super) async fn absorb(&mut self, items: Vec<Item>, trusted: bool) -> Result<()> {
        for batch in items.chunks(BATCH) {
            self.absorb_batch(batch, trusted).await?;
        }
        Ok(())
    }

    pub(super) async fn absorb_batch(&mut self, batch: &[Item], trusted: bool) -> Result<()> {
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

    pub(super) fn finish(&mut self, format: &'static str, index: usize, done: Done) {
        self.produced.entry(format).or_default().insert(index, done);
        self.report();
    }

    /// While the transcode runs: absorbs every segment a playlist lists that this run has not.
    pub(super) async fn absorb_finished(&mut self) -> Result<()> {
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
