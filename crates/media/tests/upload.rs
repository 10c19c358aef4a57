//! The upload pipeline on short generated clips, against the embedded block store and anvil.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use async_trait::async_trait;
use bytes::Bytes;
use paratii_ipfs::{AddOptions, BlockStore, Cid, CidVersion, Ipfs, IpfsError, import};
use paratii_keys::Password;
use paratii_media::{
    Ffmpeg, Job, Library, MediaError, Registrar, Registration, TestClip, Transcoder, Upload,
    UploadSettings, decrypt_segment, segment_key, upload,
};
use paratii_test_utils::TestNet;

/// A 5 s 320x240 test pattern with a tone: with 2 s segments, 3 segments (2, 2, 1 s).
fn clip(dir: &Path, audio: bool) -> PathBuf {
    let out = dir.join(if audio { "clip.mp4" } else { "silent.mp4" });
    let clip = TestClip {
        pattern: "testsrc",
        seconds: 5,
        width: 320,
        height: 240,
        tone_hz: audio.then_some(440),
    };
    Ffmpeg::default()
        .generate(&clip, &out)
        .expect("ffmpeg generates the clip");
    out
}

fn ffprobe_duration(path: &Path) -> f64 {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "format=duration",
            "-of",
            "csv=p=0",
        ])
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success(), "ffprobe decodes {}", path.display());
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

fn ffprobe_streams(path: &Path) -> String {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            "stream=codec_name,width,height",
            "-of",
            "csv=p=0",
        ])
        .arg(path)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn settings(formats: &[&str]) -> UploadSettings {
    UploadSettings {
        title: "Test pattern".into(),
        formats: formats.iter().map(|s| (*s).to_owned()).collect(),
        segment_seconds: 2,
        cid_version: CidVersion::V0,
    }
}

/// Counts adds, and fails every add after `fail_after` of them (as a node going away would).
struct Flaky {
    inner: BlockStore,
    adds: AtomicUsize,
    fail_after: usize,
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

fn ipfs_cid(path: &Path) -> String {
    let out = Command::new("ipfs_cid")
        .arg(path)
        .output()
        .expect("ipfs_cid (Debian ipfs-cid)");
    assert!(out.status.success());
    // It prints `{"CIDv0":"Qm…","CIDv1":"bafy…"}`.
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["CIDv0"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn ffmpeg_renditions_are_equal_segments_and_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let src = clip(dir.path(), false);
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
        let streams = ffprobe_streams(sa);
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
    let src = clip(dir.path(), true);
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
async fn upload_registers_resumes_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let src = clip(dir.path(), true);
    let net = TestNet::start().await.unwrap();
    let alice = net
        .actor("alice", 1, paratii_test_utils::pti(0))
        .await
        .unwrap();
    alice.register_key().await.unwrap();
    let bob = net
        .actor("bob", 2, paratii_test_utils::pti(0))
        .await
        .unwrap();
    bob.register_key().await.unwrap();

    let library = Library::open(dir.path().join("data"));
    let keystore = dir.path().join("keystore");
    let password = Password::new("pw".into()).unwrap();
    let ff = Ffmpeg::default();
    let store = library.blocks().unwrap();
    let formats = ["360p30", "240p30"];
    let alice_reg = Registrar {
        client: &alice.client,
        publisher: alice.address(),
        owner_key: alice.key(),
    };

    // IPFS unreachable after 2 adds: a typed error, nothing registered.
    let flaky = Flaky {
        inner: store.clone(),
        adds: AtomicUsize::new(0),
        fail_after: 2,
    };
    let err = upload(Upload {
        source: &src,
        settings: settings(&formats),
        library: &library,
        keystore: &keystore,
        password: &password,
        transcoder: &ff,
        ipfs: &flaky,
        registrar: Some(alice_reg),
        progress: &|_| {},
    })
    .await
    .unwrap_err();
    assert!(
        matches!(err, MediaError::Ipfs(IpfsError::Unreachable { .. })),
        "{err}"
    );
    assert!(
        alice.client.videos().await.unwrap().is_empty(),
        "nothing registered"
    );

    // Resume: the 2 segments already added are not added again, nor is ffmpeg rerun.
    let counting = Flaky {
        inner: store.clone(),
        adds: AtomicUsize::new(0),
        fail_after: usize::MAX,
    };
    let first = upload(Upload {
        source: &src,
        settings: settings(&formats),
        library: &library,
        keystore: &keystore,
        password: &password,
        transcoder: &ff,
        ipfs: &counting,
        registrar: Some(alice_reg),
        progress: &|_| {},
    })
    .await
    .unwrap();
    assert!(
        !first.transcoded,
        "the renditions of the interrupted run are reused"
    );
    assert_eq!(first.segments_reused, 2);
    assert_eq!(first.segments_added, 2 * 3 - 2);
    // 4 segments + 2 tables of contents + 1 directory.
    assert_eq!(counting.adds.load(Ordering::SeqCst), 4 + 2 + 1);
    assert!(matches!(
        first.registration,
        Registration::Registered { .. }
    ));
    let rec = &first.record;

    // The registry holds what was uploaded.
    let v = alice.client.video(rec.video_id).await.unwrap();
    assert_eq!(v.cid, rec.directory.to_string());
    assert_eq!(v.publisher, alice.address());
    assert_eq!(v.owner_key, alice.key());
    assert_eq!(v.title, "Test pattern");
    assert_eq!((v.duration, v.segment_length), (5, 2));
    assert_eq!(v.segment_size, rec.segment_size_kib);
    assert_eq!(v.formats, vec!["360p30".to_owned(), "240p30".to_owned()]);

    // Segments: decrypt to the plaintext renditions, which ffprobe decodes; CIDs are those of
    // the importer and of the independent `ipfs_cid`; the segment size is the largest, in KiB.
    let (dir_obj, tables) = paratii_media::fetch_tables(&store, &rec.directory)
        .await
        .unwrap();
    assert_eq!(dir_obj.0, rec.toc_cids);
    assert_eq!(&tables, &rec.tables);
    let secret = paratii_media::load_secret(&keystore, &rec.secret, &password)
        .unwrap()
        .unwrap();
    let mut largest = 0;
    for format in formats {
        let toc = &rec.tables[format];
        assert_eq!(toc.0.len(), 3);
        for (i, cid) in toc.0.iter().enumerate() {
            let ct = library
                .segment(&rec.video_id, format, i as u64)
                .await
                .unwrap();
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
            let wrong = segment_key(&secret, format, i as u64 + 1);
            assert!(
                decrypt_segment(&wrong, i as u64, &ct)
                    .is_err_and(|e| matches!(e, MediaError::Decrypt { .. }))
            );
            let pt = dir.path().join("pt.ts");
            std::fs::write(&pt, &plain).unwrap();
            assert!(ffprobe_duration(&pt) > 0.5);
        }
    }
    assert_eq!(rec.segment_size_kib as usize, largest.div_ceil(1024));
    assert_eq!(
        library.upload_record(&rec.video_id).unwrap().as_ref(),
        Some(rec)
    );

    // Re-run: same CIDs, nothing added, no second registration.
    let again = upload(Upload {
        source: &src,
        settings: settings(&formats),
        library: &library,
        keystore: &keystore,
        password: &password,
        transcoder: &ff,
        ipfs: &store,
        registrar: Some(alice_reg),
        progress: &|_| {},
    })
    .await
    .unwrap();
    assert_eq!(again.record.directory, rec.directory);
    assert_eq!(again.registration, Registration::AlreadyRegisteredByYou);
    assert_eq!(again.segments_added, 0);
    assert_eq!(alice.client.videos().await.unwrap().len(), 1);

    // Another publisher uploading the same file with the same secret... cannot: the secret is
    // alice's. With alice's keystore copied, bob would produce the same id: a typed error
    // before any transaction.
    let err = upload(Upload {
        source: &src,
        settings: settings(&formats),
        library: &library,
        keystore: &keystore,
        password: &password,
        transcoder: &ff,
        ipfs: &store,
        registrar: Some(Registrar {
            client: &bob.client,
            publisher: bob.address(),
            owner_key: bob.key(),
        }),
        progress: &|_| {},
    })
    .await
    .unwrap_err();
    assert!(
        matches!(err, MediaError::RegisteredBySomeoneElse { publisher, .. } if publisher == alice.address()),
        "{err}"
    );
    assert_eq!(alice.client.videos().await.unwrap().len(), 1);

    // CIDv1 of the same upload: raw leaves, base32, a different directory.
    let mut v1 = settings(&["240p30"]);
    v1.cid_version = CidVersion::V1;
    let other = upload(Upload {
        source: &src,
        settings: v1,
        library: &library,
        keystore: &keystore,
        password: &password,
        transcoder: &ff,
        ipfs: &store,
        registrar: None,
        progress: &|_| {},
    })
    .await
    .unwrap();
    assert!(other.record.directory.to_string().starts_with("baf"));
    assert_eq!(other.registration, Registration::NotRequested);
}
