//! What the upload tests share: generated clips, ffprobe, a publisher's library and a block store
//! that fails on demand.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use async_trait::async_trait;
use bytes::Bytes;
use paratii_ipfs::{AddOptions, BlockStore, Cid, CidVersion, Ipfs, IpfsError};
use paratii_keys::Password;
use paratii_media::{Ffmpeg, Library, Package, Packaged, TestClip, UploadSettings, package};

/// A `seconds` long 320x240 test pattern, with a tone when `audio`.
pub(crate) fn clip(dir: &Path, seconds: u32, audio: bool) -> PathBuf {
    let out = dir.join(format!("clip-{seconds}-{audio}.mp4"));
    let clip = TestClip {
        pattern: "testsrc",
        seconds,
        width: 320,
        height: 240,
        tone_hz: audio.then_some(440),
    };
    Ffmpeg::default()
        .generate(&clip, &out)
        .expect("ffmpeg generates the clip");
    out
}

pub(crate) fn ffprobe(path: &Path, entries: &str) -> String {
    let out = Command::new("ffprobe")
        .args(["-v", "error", "-show_entries", entries, "-of", "csv=p=0"])
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success(), "ffprobe decodes {}", path.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub(crate) fn ffprobe_duration(path: &Path) -> f64 {
    ffprobe(path, "format=duration").trim().parse().unwrap()
}

pub(crate) fn settings(formats: &[&str], segment_seconds: u32) -> UploadSettings {
    UploadSettings {
        title: "Test pattern".into(),
        formats: formats.iter().map(|s| (*s).to_owned()).collect(),
        segment_seconds,
        cid_version: CidVersion::V0,
    }
}

/// One publisher's data directory and keystore.
pub(crate) struct Publisher {
    pub(crate) library: Library,
    pub(crate) keystore: PathBuf,
    pub(crate) password: Password,
    pub(crate) ff: Ffmpeg,
}

impl Publisher {
    pub(crate) fn new(dir: &Path, data: &str) -> Self {
        Self {
            library: Library::open(dir.join(data)),
            keystore: dir.join("keystore"),
            password: Password::new("pw".into()).unwrap(),
            ff: Ffmpeg::default(),
        }
    }

    pub(crate) fn job<'a>(
        &'a self,
        src: &'a Path,
        settings: UploadSettings,
        store: &'a dyn Ipfs,
    ) -> Package<'a> {
        Package {
            source: src,
            settings,
            library: &self.library,
            keystore: &self.keystore,
            password: &self.password,
            transcoder: &self.ff,
            store,
            progress: &|_| {},
        }
    }

    pub(crate) async fn run(&self, src: &Path, settings: UploadSettings) -> Packaged {
        let store = self.library.blocks().unwrap();
        package(self.job(src, settings, &store)).await.unwrap()
    }
}

/// Counts adds, and fails every add after `fail_after` of them (as a disk or node going away).
pub(crate) struct Flaky {
    pub(crate) inner: BlockStore,
    pub(crate) adds: AtomicUsize,
    pub(crate) fail_after: usize,
}

#[async_trait]
impl Ipfs for Flaky {
    async fn add(&self, data: Bytes, opts: AddOptions) -> Result<Cid, IpfsError> {
        let n = self.adds.fetch_add(1, Ordering::SeqCst);
        if n >= self.fail_after {
            return Err(IpfsError::Unreachable {
                url: "test://flaky".into(),
                reason: "gone".into(),
            });
        }
        self.inner.add(data, opts).await
    }
    async fn block(&self, cid: &Cid) -> Result<Bytes, IpfsError> {
        self.inner.block(cid).await
    }
    async fn has(&self, cid: &Cid) -> Result<bool, IpfsError> {
        self.inner.has(cid).await
    }
}

pub(crate) fn ipfs_cid(path: &Path) -> String {
    let out = Command::new("ipfs_cid")
        .arg(path)
        .output()
        .expect("ipfs_cid (Debian ipfs-cid)");
    assert!(out.status.success());
    // It prints `{"CIDv0":"Qm…","CIDv1":"bafy…"}`.
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["CIDv0"].as_str().unwrap().to_owned()
}

/// ffmpeg processes (not zombies) with an argument inside `dir`.
pub(crate) fn ffmpegs_in(dir: &Path) -> Vec<u32> {
    let dir = dir.to_string_lossy().into_owned();
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else {
            continue;
        };
        let text = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if text.contains("ffmpeg") && text.contains(&dir) && paratii_media::process::alive(pid) {
            out.push(pid);
        }
    }
    out
}

/// The segments `state.json` of `work` records.
pub(crate) fn recorded(work: &Path) -> usize {
    std::fs::read(work.join("state.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|v| {
            v["segments"].as_object().map(|m| {
                m.values()
                    .filter_map(|f| f.as_object())
                    .map(|f| f.len())
                    .sum()
            })
        })
        .unwrap_or(0)
}
