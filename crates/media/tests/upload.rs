//! The media half of an upload on short generated clips, against the embedded block store: no
//! chain (registration is `paratii-upload`'s).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use paratii_ipfs::{AddOptions, CidVersion, IpfsError, import};
use paratii_media::{
    Ffmpeg, Job, MediaError, Transcoder, decrypt_segment, package, segment_key, segments_for,
};

#[path = "upload/fixtures.rs"]
mod fixtures;

use fixtures::*;

#[tokio::test]
async fn ffmpeg_renditions_are_equal_segments_and_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let src = clip(dir.path(), 5, false);
    let ff = Ffmpeg::default();
    let probe = ff.probe(&src).await.unwrap();
    assert!(!probe.has_audio);
    assert_eq!((probe.width, probe.height), (320, 240));
    let job = Job {
        formats: vec![paratii_media::Format::by_name("240p30").unwrap()],
        segment_seconds: 2,
    };
    let mut outs = Vec::new();
    for run in ["a", "b"] {
        let calls = AtomicUsize::new(0);
        let r = ff
            .transcode(&src, &probe, &job, &dir.path().join(run), &|_| {
                calls.fetch_add(1, Ordering::SeqCst);
            })
            .await
            .unwrap();
        assert!(calls.load(Ordering::SeqCst) > 0, "progress is reported");
        outs.push(r);
    }
    let (a, b) = (&outs[0][0], &outs[1][0]);
    assert_eq!(a.segments.len(), 3, "5 s in 2 s segments");
    for (i, (sa, sb)) in a.segments.iter().zip(&b.segments).enumerate() {
        assert_eq!(
            std::fs::read(sa).unwrap(),
            std::fs::read(sb).unwrap(),
            "segment {i} is byte-identical"
        );
        let d = ffprobe_duration(sa);
        let want = if i < 2 { 2.0 } else { 1.0 };
        assert!(
            (d - want).abs() < 0.1,
            "segment {i} lasts {d} s, not {want}"
        );
        let measured = ff.segment_seconds(sa).await.unwrap();
        assert!((measured - want).abs() < 0.01, "measured {measured}");
        let streams = ffprobe(sa, "stream=codec_name,width,height");
        assert!(streams.contains("h264,426,240"), "{streams}");
        assert!(
            streams.contains("aac"),
            "a silent AAC track is added: {streams}"
        );
    }
}

#[tokio::test]
async fn bad_inputs_are_typed_errors() {
    let dir = tempfile::tempdir().unwrap();
    let ff = Ffmpeg::default();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, b"not a video at all").unwrap();
    assert!(matches!(
        ff.probe(&text).await,
        Err(MediaError::NotAVideo { .. })
    ));
    let missing = dir.path().join("missing.mp4");
    assert!(matches!(
        ff.probe(&missing).await,
        Err(MediaError::Unreadable { .. })
    ));
    let src = clip(dir.path(), 5, true);
    let gone = Ffmpeg {
        ffmpeg: dir.path().join("no-ffmpeg"),
        ffprobe: dir.path().join("no-ffprobe"),
    };
    assert!(matches!(
        gone.probe(&src).await,
        Err(MediaError::ToolMissing {
            tool: "ffprobe",
            ..
        })
    ));
}

#[tokio::test]
async fn package_resumes_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let src = clip(dir.path(), 5, true);
    let alice = Publisher::new(dir.path(), "data");
    let store = alice.library.blocks().unwrap();
    let formats = ["360p30", "240p30"];

    // The store fails after 2 adds: a typed error.
    let flaky = Flaky {
        inner: store.clone(),
        adds: AtomicUsize::new(0),
        fail_after: 2,
    };
    let err = package(alice.job(&src, settings(&formats, 2), &flaky))
        .await
        .unwrap_err();
    assert!(
        matches!(err, MediaError::Ipfs(IpfsError::Unreachable { .. })),
        "{err}"
    );

    // Resume: the 2 segments already added are not added again.
    let counting = Flaky {
        inner: store.clone(),
        adds: AtomicUsize::new(0),
        fail_after: usize::MAX,
    };
    let first = package(alice.job(&src, settings(&formats, 2), &counting))
        .await
        .unwrap();
    assert_eq!(first.segments_reused, 2);
    assert_eq!(first.segments_added, 2 * 3 - 2);
    // 4 segments + 2 tables of contents + 1 directory.
    assert_eq!(counting.adds.load(Ordering::SeqCst), 4 + 2 + 1);
    let rec = &first.record;
    assert_eq!((rec.duration_s, rec.segment_seconds), (5, 2));
    assert!(rec.publisher.is_none() && rec.registration_tx.is_none());
    assert!(
        (first.output_seconds - 5.0).abs() < 0.1,
        "{}",
        first.output_seconds
    );

    // Segments: decrypt to the plaintext renditions, which ffprobe decodes; CIDs are those of
    // the importer and of the independent `ipfs_cid`; the segment size is the largest, in KiB.
    let (dir_obj, tables) = paratii_media::fetch_tables(&store, &rec.directory)
        .await
        .unwrap();
    assert_eq!(dir_obj.0, rec.toc_cids);
    assert_eq!(&tables, &rec.tables);
    let secret = paratii_media::load_secret(&alice.keystore, &rec.secret, &alice.password)
        .unwrap()
        .unwrap();
    let mut largest = 0;
    for format in formats {
        let toc = &rec.tables[format];
        assert_eq!(toc.0.len(), 3);
        assert_eq!(segments_for(rec.duration_s, rec.segment_seconds), 3);
        for (i, cid) in toc.0.iter().enumerate() {
            let ct = paratii_ipfs::cat(&store, cid).await.unwrap();
            largest = largest.max(ct.len());
            assert_eq!(import(&ct, AddOptions::default()).root, *cid);
            let ct_file = dir.path().join("ct.bin");
            std::fs::write(&ct_file, &ct).unwrap();
            assert_eq!(ipfs_cid(&ct_file), cid.to_string());
            let plain =
                decrypt_segment(&segment_key(&secret, format, i as u64), i as u64, &ct).unwrap();
            let rendition = first
                .work_dir
                .join("renditions")
                .join(format)
                .join(format!("{i:05}.ts"));
            assert_eq!(plain, std::fs::read(&rendition).unwrap());
            // Another segment's key: a padding error, or (1 time in 256 the padding happens to
            // look valid) garbage.
            let wrong = segment_key(&secret, format, i as u64 + 1);
            match decrypt_segment(&wrong, i as u64, &ct) {
                Err(e) => assert!(matches!(e, MediaError::Decrypt { .. }), "{e}"),
                Ok(garbage) => assert_ne!(garbage, plain),
            }
            let pt = dir.path().join("pt.ts");
            std::fs::write(&pt, &plain).unwrap();
            assert!(ffprobe_duration(&pt) > 0.5);
        }
    }
    assert_eq!(rec.segment_size_kib as usize, largest.div_ceil(1024));
    drop(first.lock);

    // Re-run: same CIDs, nothing transcoded or added.
    let again = alice.run(&src, settings(&formats, 2)).await;
    assert_eq!(again.record, first.record);
    assert!(!again.transcoded);
    assert_eq!((again.segments_added, again.segments_reused), (0, 6));
    drop(again);

    // The state lost (killed between ffmpeg's end and the state write, or deleted): ffmpeg's
    // complete playlists stand for the transcode, the store for the adds.
    std::fs::remove_file(rec_work(&alice, &src).join("state.json")).unwrap();
    let lost = alice.run(&src, settings(&formats, 2)).await;
    assert_eq!(lost.record, first.record);
    assert!(!lost.transcoded);
    assert_eq!((lost.segments_added, lost.segments_reused), (0, 6));

    // While an upload holds the work directory, another is refused.
    let err = package(alice.job(&src, settings(&formats, 2), &store))
        .await
        .unwrap_err();
    assert!(matches!(err, MediaError::UploadInProgress { .. }), "{err}");
    drop(lost);

    // CIDv1 of the same upload: raw leaves, base32, a different directory.
    let mut v1 = settings(&["240p30"], 2);
    v1.cid_version = CidVersion::V1;
    let other = alice.run(&src, v1).await;
    assert!(other.record.directory.to_string().starts_with("baf"));
}

/// The work directory of `src` in 360p30+240p30, 2 s segments, CIDv0, local ffmpeg.
fn rec_work(p: &Publisher, src: &Path) -> PathBuf {
    let hash = paratii_media::settings_hash(&settings(&["360p30", "240p30"], 2), &p.ff.id());
    p.library
        .work_dir(&paratii_media::sha256_file(src).unwrap(), &hash)
}

#[tokio::test]
async fn a_truncated_source_registers_what_was_produced() {
    let dir = tempfile::tempdir().unwrap();
    // 10 s with the index at the front, then cut in half: ffprobe still says 10 s, ffmpeg
    // decodes about 5 s and exits 0.
    let full = dir.path().join("full.mp4");
    let ok = Command::new("ffmpeg")
        .args(["-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i"])
        .arg("testsrc=duration=10:size=320x240:rate=30")
        .args(["-f", "lavfi", "-i", "sine=frequency=440:duration=10"])
        .args([
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
        ])
        .args(["-c:a", "aac", "-shortest", "-movflags", "+faststart"])
        .arg(&full)
        .status()
        .unwrap()
        .success();
    assert!(ok);
    let bytes = std::fs::read(&full).unwrap();
    let src = dir.path().join("half.mp4");
    std::fs::write(&src, &bytes[..bytes.len() / 2]).unwrap();
    assert!(
        (ffprobe_duration(&src) - 10.0).abs() < 0.1,
        "the index claims 10 s"
    );

    let alice = Publisher::new(dir.path(), "data");
    let out = alice.run(&src, settings(&["240p30"], 2)).await;
    let rec = &out.record;
    let n = rec.tables["240p30"].0.len();
    assert!(n < 5, "fewer segments than the source claims: {n}");
    assert_eq!(
        segments_for(rec.duration_s, rec.segment_seconds),
        n as u64,
        "a viewer computes the table of contents' length from the registered duration"
    );
    assert!(f64::from(rec.duration_s) < 10.0, "{}", rec.duration_s);
    assert!((out.source_seconds - 10.0).abs() < 0.1);
    assert!(out.output_seconds < out.source_seconds - 2.0);

    // A 10 s clip in 2 s segments: 5 segments whose last one's audio overhangs 10 s; the
    // registered duration is 10 s (5 segments), not 11 s (6).
    let out = alice.run(&full, settings(&["240p30"], 2)).await;
    assert_eq!(out.record.tables["240p30"].0.len(), 5);
    assert_eq!(out.record.duration_s, 10);
}

#[tokio::test]
async fn an_interrupted_transcode_keeps_its_finished_segments() {
    let dir = tempfile::tempdir().unwrap();
    let src = clip(dir.path(), 20, true);
    let s = || settings(&["240p30"], 1);

    // The reference: uninterrupted, in its own data directory (same keystore, same secret).
    let reference = Publisher::new(dir.path(), "reference").run(&src, s()).await;
    drop(reference.lock);

    let alice = Publisher::new(dir.path(), "data");
    let store = alice.library.blocks().unwrap();
    let hash = paratii_media::settings_hash(&s(), &alice.ff.id());
    let work = alice
        .library
        .work_dir(&paratii_media::sha256_file(&src).unwrap(), &hash);
    // Interrupted (the future dropped, as a Ctrl-C or a failed sibling task would) once a few
    // segments are recorded and the transcode still runs.
    {
        let job = package(alice.job(&src, s(), &store));
        let mut job = std::pin::pin!(job);
        let start = Instant::now();
        loop {
            tokio::select! {
                r = &mut job => panic!("finished before it could be interrupted: {:?}", r.map(|p| p.record.directory)),
                () = tokio::time::sleep(Duration::from_millis(20)) => {}
            }
            if recorded(&work) >= 3 {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "no segment recorded"
            );
        }
    }
    let kept = recorded(&work);
    assert!((3..20).contains(&kept), "{kept}");
    let deadline = Instant::now() + Duration::from_secs(5);
    while !ffmpegs_in(&work).is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        ffmpegs_in(&work),
        Vec::<u32>::new(),
        "no ffmpeg outlives it"
    );

    let resumed = alice.run(&src, s()).await;
    assert!(resumed.transcoded, "the transcode had not finished");
    assert!(
        resumed.segments_reused >= kept,
        "{} reused, {kept} recorded",
        resumed.segments_reused
    );
    assert_eq!(resumed.segments_reused + resumed.segments_added, 20);
    assert_eq!(resumed.record.directory, reference.record.directory);
    assert_eq!(resumed.record.tables, reference.record.tables);
    assert_eq!(resumed.record.duration_s, 20);
}

#[tokio::test]
async fn a_stray_ffmpeg_in_the_work_dir_is_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let src = clip(dir.path(), 3, true);
    let alice = Publisher::new(dir.path(), "data");
    let first = alice.run(&src, settings(&["240p30"], 2)).await;
    let (work, record) = (first.work_dir.clone(), first.record.clone());
    drop(first);
    // An ffmpeg of an earlier upload, still writing into the work directory (real time, for
    // minutes), as one that outlived a killed upload on a system without setpriv would.
    let stray_dir = work.join("renditions").join("stray");
    std::fs::create_dir_all(&stray_dir).unwrap();
    let mut stray = Command::new("ffmpeg")
        .args(["-nostdin", "-v", "error", "-re", "-f", "lavfi", "-i"])
        .arg("testsrc=duration=600:size=160x120:rate=10")
        .args(["-f", "hls", "-hls_segment_filename"])
        .arg(stray_dir.join("%05d.ts"))
        .arg(stray_dir.join("index.m3u8"))
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The upload finds it by its arguments: wait until it runs ffmpeg (not the fork before exec).
    std::thread::sleep(Duration::from_millis(300));
    let again = alice.run(&src, settings(&["240p30"], 2)).await;
    assert_eq!(again.strays_stopped, vec![stray.id()]);
    let status = stray.wait().unwrap();
    assert!(!status.success(), "the stray was killed: {status}");
    assert_eq!(again.record, record, "stopping it disturbed nothing");
}
