//! Upload benchmark, in one run on one generated clip:
//! - the media half of an upload (`paratii_media::package`: probe, transcode, encrypt and add to
//!   the embedded block store while the transcode runs, measure the segments, tables of
//!   contents, directory; no chain registration, which measures anvil rather than us) against
//!   ffmpeg alone producing the same renditions with the same command line: our overhead;
//! - CID throughput of `paratii_ipfs::import` against Debian's `ipfs_cid` on the same file.
//!
//! `cargo run --release -p paratii-media --example bench-upload -- --out docs/BENCH-upload.md`
//! [`--seconds N` (clip length, default 20)] [`--mib N` (CID input, default 32)]
//! [`--runs N` (default 3)]: smaller values make a quick debug check that it runs.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use paratii_ipfs::{AddOptions, CidVersion};
use paratii_keys::Password;
use paratii_media::{
    Ffmpeg, Format, Job, Library, Package, TestClip, Transcoder, UploadSettings, package,
};

const SEGMENT: u32 = 4;
const FORMATS: [&str; 2] = ["360p30", "240p30"];

/// The value after `--name`, parsed, or `default`.
fn arg<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::args()
        .skip_while(|a| a != name)
        .nth(1)
        .map_or(default, |v| {
            v.parse()
                .unwrap_or_else(|_| panic!("{name} {v}: not a number"))
        })
}

fn clip(dir: &Path, seconds: u32) -> PathBuf {
    let out = dir.join("clip.mp4");
    let clip = TestClip {
        pattern: "testsrc2",
        seconds,
        width: 1280,
        height: 720,
        tone_hz: Some(440),
    };
    Ffmpeg::from_env()
        .generate(&clip, &out)
        .expect("generating the clip");
    out
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[tokio::main]
async fn main() {
    let out_path = std::env::args()
        .skip_while(|a| a != "--out")
        .nth(1)
        .map(PathBuf::from);
    let seconds: u32 = arg("--seconds", 20);
    let runs: usize = arg::<usize>("--runs", 3).max(1);
    let size: usize = arg::<usize>("--mib", 32).max(1) << 20;
    let dir = tempfile::tempdir().expect("tempdir");
    let src = clip(dir.path(), seconds);
    let ff = Ffmpeg::default();
    let probe = ff.probe(&src).await.expect("probe");
    let formats: Vec<Format> = FORMATS
        .iter()
        .map(|f| Format::by_name(f).expect("format"))
        .collect();
    let job = Job {
        formats,
        segment_seconds: SEGMENT,
    };

    let mut ffmpeg_s = Vec::new();
    let mut pipeline_s = Vec::new();
    for run in 0..runs {
        // ffmpeg alone, the exact command line the pipeline runs.
        let out = dir.path().join(format!("ff{run}"));
        for f in &job.formats {
            std::fs::create_dir_all(out.join(f.name)).expect("mkdir");
        }
        let args = Ffmpeg::command_args(&src, &probe, &job, &out);
        let t = Instant::now();
        ff.run_ffmpeg(&args, &src, 1, &|_| {})
            .await
            .expect("ffmpeg");
        ffmpeg_s.push(t.elapsed().as_secs_f64());

        // The whole pipeline in a fresh data dir and keystore (so it transcodes and adds all).
        let library = Library::open(dir.path().join(format!("data{run}")));
        let store = library.blocks().expect("store");
        let keystore = dir.path().join(format!("keystore{run}"));
        let password = Password::new("bench".into()).expect("password");
        let t = Instant::now();
        package(Package {
            source: &src,
            settings: UploadSettings {
                title: "bench".into(),
                formats: FORMATS.iter().map(|s| (*s).to_owned()).collect(),
                segment_seconds: SEGMENT,
                cid_version: CidVersion::V0,
            },
            library: &library,
            keystore: &keystore,
            password: &password,
            transcoder: &ff,
            store: &store,
            progress: &|_| {},
        })
        .await
        .expect("upload");
        pipeline_s.push(t.elapsed().as_secs_f64());
    }
    let (ff_med, pipe_med) = (median(ffmpeg_s), median(pipeline_s));

    // CID throughput on one file: a deterministic pseudo-random buffer (32 MiB by default).
    let mut data = vec![0u8; size];
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    for b in &mut data {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = x as u8;
    }
    let file = dir.path().join("data.bin");
    std::fs::write(&file, &data).expect("write");
    let mib = size as f64 / f64::from(1 << 20);
    let mut ours = Vec::new();
    let mut root_only = Vec::new();
    let mut theirs = Vec::new();
    let mut same = true;
    for _ in 0..runs {
        let t = Instant::now();
        let imported = paratii_ipfs::import(&data, AddOptions::default());
        ours.push(mib / t.elapsed().as_secs_f64());
        let t = Instant::now();
        let root = paratii_ipfs::file_cid(&data, AddOptions::default());
        root_only.push(mib / t.elapsed().as_secs_f64());
        same &= root == imported.root;
        let t = Instant::now();
        let o = Command::new("ipfs_cid")
            .arg(&file)
            .output()
            .expect("ipfs_cid");
        theirs.push(mib / t.elapsed().as_secs_f64());
        // It prints `{"CIDv0":"Qm…","CIDv1":"bafy…"}`.
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_default();
        same &= v["CIDv0"].as_str() == Some(imported.root.to_string().as_str());
    }
    let (ours, root_only, theirs) = (median(ours), median(root_only), median(theirs));

    let md = format!(
        "# Upload benchmark\n\n\
         One run of `cargo run --release -p paratii-media --example bench-upload`; medians of {runs}.\n\n\
         Clip: {seconds} s testsrc2 1280x720 30 fps + sine, formats {}, {SEGMENT} s segments.\n\n\
         | what | time (s) |\n| --- | ---: |\n\
         | ffmpeg alone (same renditions, same command line) | {ff_med:.3} |\n\
         | media half of an upload (probe, transcode while encrypting, measuring and adding segments to the embedded store, ToCs, directory; no chain) | {pipe_med:.3} |\n\
         | our overhead | {:.3} ({:.1}%) |\n\n\
         CID of a {mib:.0} MiB file (CIDv0, 256 KiB chunks, balanced):\n\n\
         | implementation | MiB/s |\n| --- | ---: |\n\
         | `paratii_ipfs::import` (root and every block, as an upload adds them) | {ours:.1} |\n\
         | `paratii_ipfs::file_cid` (root only, as a viewer checks a segment; no copy) | {root_only:.1} |\n\
         | `ipfs_cid` (Debian ipfs-cid, includes process start) | {theirs:.1} |\n\n\
         Same CID from all three: {same}.\n",
        FORMATS.join(", "),
        pipe_med - ff_med,
        100.0 * (pipe_med - ff_med) / ff_med,
    );
    println!("{md}");
    if let Some(path) = out_path {
        std::fs::write(&path, md).expect("write the markdown");
        println!("wrote {}", path.display());
    }
}
