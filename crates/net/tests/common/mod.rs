//! What the exchange tests share: videos built from real bytes, encrypted with HLS AES-128 and
//! addressed with Kubo-identical CIDs, served by an in-memory catalog; the [`World`] they run
//! in (`world.rs`), and a bare viewer that speaks the wire protocol itself (`raw_viewer.rs`).

// Each test binary uses its own subset.
#![allow(dead_code)]

mod raw_viewer;
mod world;

// Not every test binary speaks the wire protocol itself.
#[allow(unused_imports)]
pub use raw_viewer::*;
pub use world::*;

use std::collections::BTreeMap;
use std::sync::Arc;

use alloy::primitives::keccak256;
use bytes::Bytes;
use paratii_ipfs::{AddOptions, Cid, CidVersion};
use paratii_media::{Directory, TableOfContents, VideoSecret, encrypt_segment, segment_key};
use paratii_net::catalog::{Catalog, Listing, Sealed};
use paratii_net::error::NetError;

/// Deterministic, incompressible bytes for segment `index` of `format`.
pub fn plaintext(format: &str, index: u64, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 32);
    let mut block = keccak256(format!("{format}/{index}"));
    while out.len() < len {
        out.extend_from_slice(block.as_slice());
        block = keccak256(block);
    }
    out.truncate(len);
    out
}

/// The CID `ipfs add` gives `data`.
pub fn cid_of(data: &[u8], version: CidVersion) -> Cid {
    paratii_ipfs::file_cid(
        data,
        AddOptions {
            cid_version: version,
        },
    )
}

/// A video as a publisher holds it: segment keys, ciphertexts, tables of contents, directory.
#[derive(Debug)]
pub struct Content {
    /// The directory's CID.
    pub cid: String,
    /// The directory JSON.
    pub directory: Bytes,
    /// Table of contents JSON by format.
    pub tocs: BTreeMap<String, Bytes>,
    /// What is sold, by (format, index).
    pub sealed: BTreeMap<(String, u64), Sealed>,
    /// The plaintext, by (format, index).
    pub plain: BTreeMap<(String, u64), Vec<u8>>,
}

impl Content {
    /// `segments` segments of `segment_bytes` in each format; `seed` makes videos distinct.
    pub fn build(
        seed: u8,
        version: CidVersion,
        formats: &[&str],
        segments: u64,
        segment_bytes: usize,
    ) -> Self {
        let secret = VideoSecret([seed; 32]);
        let mut tocs = BTreeMap::new();
        let mut dir = BTreeMap::new();
        let mut sealed = BTreeMap::new();
        let mut plain = BTreeMap::new();
        for &format in formats {
            let mut toc = Vec::new();
            for index in 0..segments {
                let mut pt = plaintext(format, index, segment_bytes);
                pt[0] = seed;
                let key = segment_key(&secret, format, index);
                let ct = encrypt_segment(&key, index, &pt);
                toc.push(cid_of(&ct, version));
                sealed.insert((format.to_owned(), index), Sealed::new(key, &ct));
                plain.insert((format.to_owned(), index), pt);
            }
            let toc = TableOfContents(toc).to_json();
            dir.insert(format.to_owned(), cid_of(&toc, version));
            tocs.insert(format.to_owned(), Bytes::from(toc));
        }
        let directory = Directory(dir).to_json();
        Self {
            cid: cid_of(&directory, version).to_string(),
            directory: Bytes::from(directory),
            tocs,
            sealed,
            plain,
        }
    }

    /// The CIDs of `format`'s segments, from its table of contents.
    pub fn toc_cids(&self, format: &str) -> Vec<String> {
        serde_json::from_slice(&self.tocs[format]).expect("toc")
    }

    /// Segment `index` of `format` as delivered (key + ciphertext).
    pub fn delivery(&self, format: &str, index: u64) -> alloy::primitives::Bytes {
        self.sealed[&(format.to_owned(), index)].delivered().into()
    }
}

impl Catalog for Content {
    fn listing(&self, cid: &str, format: &str) -> Result<Listing, NetError> {
        if cid != self.cid {
            return Err(NetError::Catalog(format!("no video {cid}")));
        }
        let toc = self
            .tocs
            .get(format)
            .ok_or_else(|| NetError::Catalog(format!("no format {format}")))?;
        Ok(Listing {
            directory: self.directory.clone(),
            toc: toc.clone(),
        })
    }

    fn segment(&self, cid: &str, format: &str, index: u64) -> Result<Sealed, NetError> {
        if cid != self.cid {
            return Err(NetError::Catalog(format!("no video {cid}")));
        }
        self.sealed
            .get(&(format.to_owned(), index))
            .cloned()
            .ok_or_else(|| NetError::Catalog(format!("no segment {format}/{index}")))
    }
}

/// A catalog selling `inner`'s video with each segment passed through `tamper` (its index and the
/// honest segment) first: a publisher that lies, or has lost a segment (`None`).
pub struct Tampered<F> {
    /// The honest catalog.
    pub inner: Arc<Content>,
    /// What is sold instead of segment `index`, if anything.
    pub tamper: F,
}

impl<F> Catalog for Tampered<F>
where
    F: Fn(u64, Sealed) -> Option<Sealed> + Send + Sync,
{
    fn listing(&self, cid: &str, format: &str) -> Result<Listing, NetError> {
        self.inner.listing(cid, format)
    }

    fn segment(&self, cid: &str, format: &str, index: u64) -> Result<Sealed, NetError> {
        let sealed = self.inner.segment(cid, format, index)?;
        (self.tamper)(index, sealed)
            .ok_or_else(|| NetError::Catalog(format!("segment {format}/{index} is missing")))
    }
}

/// The balances `server` took, in order, from its event log.
pub fn paid_balances(server: &paratii_net::Server) -> Vec<u64> {
    server
        .events()
        .iter()
        .filter_map(|e| match e {
            paratii_net::ServeEvent::Paid { balance, .. } => Some(*balance),
            _ => None,
        })
        .collect()
}

/// This process's resident set, KiB (`VmRSS` in `/proc/self/status`; 0 where there is none).
pub fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// The resident set before and at its highest while an [`RssPeak`] sampled it, KiB.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rss {
    /// When sampling began.
    pub baseline: u64,
    /// The highest sample.
    pub peak: u64,
}

impl Rss {
    /// How far the peak rose above the baseline, MiB.
    pub fn growth_mib(&self) -> f64 {
        self.peak.saturating_sub(self.baseline) as f64 / 1024.0
    }

    /// The peak, MiB.
    pub fn peak_mib(&self) -> f64 {
        self.peak as f64 / 1024.0
    }
}

/// Samples [`rss_kib`] every 2 ms on its own thread (so a stalled runtime does not hide a peak)
/// until [`RssPeak::stop`].
#[derive(Debug)]
pub struct RssPeak {
    baseline: u64,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: std::thread::JoinHandle<u64>,
}

impl RssPeak {
    /// Starts sampling.
    pub fn start() -> Self {
        let baseline = rss_kib();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let thread = std::thread::spawn({
            let stop = stop.clone();
            move || {
                let mut peak = baseline;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    peak = peak.max(rss_kib());
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                peak.max(rss_kib())
            }
        });
        Self {
            baseline,
            stop,
            thread,
        }
    }

    /// Stops sampling; the baseline and the peak.
    pub fn stop(self) -> Rss {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let peak = self.thread.join().unwrap_or(self.baseline);
        Rss {
            baseline: self.baseline,
            peak,
        }
    }
}
