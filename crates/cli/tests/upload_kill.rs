//! `paratii upload` killed with SIGKILL at several points: its ffmpeg dies with it, the re-run
//! keeps the segments the killed run had finished, and the result is the uninterrupted upload's
//! (same CIDs, one registration). Also without setpriv (no parent-death signal): the re-run stops
//! the stray ffmpeg before it starts its own.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use alloy::primitives::Address;
use alloy::providers::{Provider, ProviderBuilder};
use common::*;
use serde_json::Value;

/// ffmpeg processes (not zombies) whose arguments or working directory mention `dir`.
fn ffmpegs_in(dir: &Path) -> Vec<u32> {
    let dir = dir.to_string_lossy().into_owned();
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return out;
    };
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let comm = std::fs::read_to_string(entry.path().join("comm")).unwrap_or_default();
        if comm.trim() != "ffmpeg" {
            continue;
        }
        let args = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let args = String::from_utf8_lossy(&args).replace('\0', " ");
        let cwd = std::fs::read_link(entry.path().join("cwd")).unwrap_or_default();
        let running = std::fs::read_to_string(entry.path().join("stat"))
            .ok()
            .and_then(|s| {
                s.rsplit_once(')')
                    .and_then(|(_, r)| r.trim_start().chars().next())
            })
            .is_some_and(|state| state != 'Z' && state != 'X');
        if running && (args.contains(&dir) || cwd.to_string_lossy().contains(&dir)) {
            out.push(pid);
        }
    }
    out
}

/// Segments the work directory's state records as added.
fn recorded(work: &Path) -> usize {
    state(work)["segments"].as_object().map_or(0, |m| {
        m.values()
            .filter_map(Value::as_object)
            .map(|f| f.len())
            .sum()
    })
}

fn state(work: &Path) -> Value {
    std::fs::read(work.join("state.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or(Value::Null)
}

/// Segments ffmpeg has finished (listed in the playlist), and whether it has finished all.
fn listed(work: &Path) -> (usize, bool) {
    let text =
        std::fs::read_to_string(work.join("renditions/240p30/index.m3u8")).unwrap_or_default();
    let n = text.lines().filter(|l| l.ends_with(".ts")).count();
    (n, text.contains("#EXT-X-ENDLIST"))
}

/// Where the upload is when it is killed.
#[derive(Debug, Clone, Copy)]
enum Point {
    /// At least this many segments added (and recorded) while ffmpeg runs.
    Recorded(usize),
    /// At least this many segments finished by ffmpeg.
    Listed(usize),
    /// ffmpeg has finished every segment.
    Transcoded,
}

/// Waits for `point` (or the end of `child`: false) and kills `child` with SIGKILL.
fn kill_at(child: &mut Child, work: &Path, point: Point) -> bool {
    let start = Instant::now();
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            assert!(
                status.success(),
                "the upload failed before {point:?}: {status}"
            );
            return false;
        }
        let reached = match point {
            Point::Recorded(n) => recorded(work) >= n,
            Point::Listed(n) => listed(work).0 >= n,
            Point::Transcoded => listed(work).1,
        };
        if reached {
            child.kill().expect("SIGKILL");
            let _ = child.wait();
            return true;
        }
        assert!(start.elapsed() < LINE_WAIT, "{point:?} never reached");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn killed_uploads_resume_from_their_finished_segments() {
    let dir = tempfile::tempdir().unwrap();
    let devnet = RunningDevnet::start(dir.path());
    std::fs::write(dir.path().join("password"), PASSWORD).unwrap();
    let alice = Actor {
        name: "alice",
        url: devnet.url(),
        root: dir.path().join("alice"),
        shared: dir.path().to_owned(),
    };
    let address: Address = alice.setup(&devnet.account_key(0)).parse().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let provider = ProviderBuilder::new().connect_http(devnet.url().parse().unwrap());
    let nonce = || {
        rt.block_on(async { provider.get_transaction_count(address).await })
            .unwrap()
    };
    // 40 s in 1 s segments: 40 segments.
    let src = clip(dir.path(), "forty.mp4", "testsrc", 40);
    let args = |data: &Path| -> Vec<String> {
        [
            "upload",
            src.to_str().unwrap(),
            "--title",
            "Forty",
            "--formats",
            "240p30",
            "--segment-seconds",
            "1",
            "--key",
            "alice-node",
            "--data-dir",
            data.to_str().unwrap(),
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect()
    };
    let run_json = |data: &Path| -> Value {
        let a = args(data);
        alice.json(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };

    // The reference: uninterrupted.
    let t = Instant::now();
    let reference = run_json(&dir.path().join("data-reference"));
    eprintln!("uninterrupted upload: {:.1} s", t.elapsed().as_secs_f64());
    assert_eq!(
        reference["registration"]["status"], "registered",
        "{reference}"
    );
    assert_eq!(reference["segments"]["240p30"], 40);
    assert_eq!(reference["durationS"], 40);
    let work_name = PathBuf::from(reference["workDir"].as_str().unwrap())
        .file_name()
        .unwrap()
        .to_owned();
    let registered = nonce();

    for (label, point, setpriv) in [
        ("early in the transcode", Point::Recorded(3), true),
        ("late in the transcode", Point::Listed(32), true),
        ("after the transcode", Point::Transcoded, true),
        ("early, without setpriv", Point::Recorded(3), false),
    ] {
        let data = dir
            .path()
            .join(format!("data-{}", label.replace([' ', ','], "-")));
        let work = data.join("work").join(&work_name);
        let mut a = vec!["--json".to_owned()];
        a.extend(args(&data));
        let mut cmd = alice.command(&a.iter().map(String::as_str).collect::<Vec<_>>());
        if !setpriv {
            // No setpriv on PATH (ffmpeg and ffprobe named absolutely): no parent-death signal.
            let bin = dir.path().join("bin-without-setpriv");
            std::fs::create_dir_all(&bin).unwrap();
            cmd.env("PATH", &bin)
                .env("PARATII_FFMPEG", "/usr/bin/ffmpeg")
                .env("PARATII_FFPROBE", "/usr/bin/ffprobe");
        }
        let mut child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn paratii upload");
        let killed = kill_at(&mut child, &work, point);
        let kept = recorded(&work);
        eprintln!(
            "{label}: killed {killed}, {kept} segments recorded, {} listed",
            listed(&work).0
        );
        if setpriv {
            let deadline = Instant::now() + Duration::from_secs(5);
            while !ffmpegs_in(&data).is_empty() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(20));
            }
            assert_eq!(
                ffmpegs_in(&data),
                Vec::<u32>::new(),
                "{label}: no ffmpeg of the killed upload survives it"
            );
        } else if killed && !listed(&work).1 {
            assert!(
                !ffmpegs_in(&data).is_empty(),
                "{label}: without setpriv its ffmpeg outlives it (what the re-run must handle)"
            );
        }

        let resumed = run_json(&data);
        assert!(
            ffmpegs_in(&data).is_empty(),
            "{label}: nothing left running"
        );
        if !setpriv && killed {
            assert_eq!(
                resumed["straysStopped"].as_array().map(Vec::len),
                Some(1),
                "{label}: the re-run stopped the stray ffmpeg: {resumed}"
            );
        }
        if kept > 0 {
            let reused = resumed["segmentsReused"].as_u64().unwrap();
            assert!(
                reused >= kept as u64,
                "{label}: {reused} segments reused, {kept} were finished: {resumed}"
            );
        }
        assert!(
            matches!(point, Point::Listed(_)) || !killed || kept > 0,
            "{label}: segments had been finished"
        );
        for key in [
            "videoId",
            "directory",
            "tables",
            "segments",
            "durationS",
            "segmentSizeKib",
        ] {
            assert_eq!(resumed[key], reference[key], "{label}: {key}");
        }
        assert_eq!(
            resumed["registration"]["status"], "alreadyRegistered",
            "{label}: {resumed}"
        );
        assert_eq!(nonce(), registered, "{label}: one registration in all");
    }
}
