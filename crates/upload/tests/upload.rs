//! The orchestrated upload against anvil and the embedded block store (a second block store
//! stands for the remote node): the order of the steps, what each stops, idempotence.

use std::path::{Path, PathBuf};

use paratii_ipfs::{AddOptions, BlockStore, CidVersion, Ipfs};
use paratii_keys::Password;
use paratii_media::{Ffmpeg, Library, TestClip, UploadSettings, segments_for};
use paratii_test_utils::{TestNet, pti};
use paratii_upload::limits::{MAX_CID_BYTES, MAX_FORMAT_BYTES, MAX_FORMATS, MAX_TITLE_BYTES};
use paratii_upload::{LimitError, Registrar, Registration, Upload, UploadError, upload};

/// A 5 s 320x240 test pattern with a tone: with 2 s segments, 3 segments (2, 2, 1 s).
fn clip(dir: &Path) -> PathBuf {
    let out = dir.join("clip.mp4");
    let clip = TestClip {
        pattern: "testsrc",
        seconds: 5,
        width: 320,
        height: 240,
        tone_hz: Some(440),
    };
    Ffmpeg::default()
        .generate(&clip, &out)
        .expect("ffmpeg generates the clip");
    out
}

fn settings(title: &str) -> UploadSettings {
    UploadSettings {
        title: title.into(),
        formats: vec!["360p30".into(), "240p30".into()],
        segment_seconds: 2,
        cid_version: CidVersion::V0,
    }
}

struct Setup {
    library: Library,
    keystore: PathBuf,
    password: Password,
    ff: Ffmpeg,
    local: BlockStore,
}

impl Setup {
    fn new(dir: &Path, data: &str) -> Self {
        let library = Library::open(dir.join(data));
        let local = library.blocks().unwrap();
        Self {
            library,
            keystore: dir.join("keystore"),
            password: Password::new("pw".into()).unwrap(),
            ff: Ffmpeg::default(),
            local,
        }
    }

    fn job<'a>(
        &'a self,
        src: &'a Path,
        title: &str,
        remote: Option<&'a dyn Ipfs>,
        registrar: Option<Registrar<'a>>,
    ) -> Upload<'a> {
        Upload {
            source: src,
            settings: settings(title),
            library: &self.library,
            keystore: &self.keystore,
            password: &self.password,
            transcoder: &self.ff,
            local: &self.local,
            remote,
            registrar,
            progress: &|_| {},
        }
    }

    fn work_exists(&self) -> bool {
        self.library.root().join("work").exists()
    }
}

#[tokio::test]
async fn checks_first_then_media_then_publish_then_register_once() {
    let dir = tempfile::tempdir().unwrap();
    let src = clip(dir.path());
    let net = TestNet::start().await.unwrap();
    let alice = net.actor("alice", 1, pti(0)).await.unwrap();
    alice.register_key().await.unwrap();
    let bob = net.actor("bob", 2, pti(0)).await.unwrap();
    bob.register_key().await.unwrap();
    let alice_reg = Registrar {
        client: &alice.client,
        publisher: alice.address(),
        owner_key: alice.key(),
    };

    // The limits are the contract's.
    let registry = alice.client.video_registry();
    let on_chain = |v: alloy_primitives::U256| usize::try_from(v).unwrap();
    assert_eq!(
        on_chain(registry.MAX_TITLE_LENGTH().call().await.unwrap()),
        MAX_TITLE_BYTES
    );
    assert_eq!(
        on_chain(registry.MAX_CID_LENGTH().call().await.unwrap()),
        MAX_CID_BYTES
    );
    assert_eq!(
        on_chain(registry.MAX_FORMAT_LENGTH().call().await.unwrap()),
        MAX_FORMAT_BYTES
    );
    assert_eq!(
        on_chain(registry.MAX_FORMATS().call().await.unwrap()),
        MAX_FORMATS
    );

    // (a) Titles the registry or a terminal would refuse: refused before anything is read.
    let s = Setup::new(dir.path(), "data");
    let long = "x".repeat(10_000);
    for (title, want) in [
        ("", LimitError::TitleEmpty),
        (long.as_str(), LimitError::TitleTooLong { bytes: 10_000 }),
        (
            "\u{1b}]0;pwned\u{7}",
            LimitError::TitleControl {
                position: 0,
                escaped: "\\u{1b}".into(),
            },
        ),
    ] {
        let err = upload(s.job(&src, title, None, Some(alice_reg)))
            .await
            .unwrap_err();
        assert!(
            matches!(&err, UploadError::Limit(e) if *e == want),
            "{title:?}: {err}"
        );
    }
    let err = upload(s.job(&src, "", None, None)).await.unwrap_err();
    assert!(err.to_string().contains("1 to 256 bytes"), "{err}");
    assert!(!s.work_exists(), "nothing transcoded");

    // (b) An owner key that is not the wallet's: refused before anything is transcoded.
    let wrong_key = Registrar {
        owner_key: bob.key(),
        ..alice_reg
    };
    let err = upload(s.job(&src, "Test pattern", None, Some(wrong_key)))
        .await
        .unwrap_err();
    assert!(
        matches!(err, UploadError::OwnerKeyNotActive { key, .. } if key == bob.key()),
        "{err}"
    );
    assert!(!s.work_exists(), "nothing transcoded");
    assert!(alice.client.videos().await.unwrap().is_empty());

    // (c)-(e): produced locally, published to the node, registered once.
    let remote = BlockStore::open(dir.path().join("remote")).unwrap();
    let first = upload(s.job(&src, "Test pattern", Some(&remote), Some(alice_reg)))
        .await
        .unwrap();
    assert!(matches!(
        first.registration,
        Registration::Registered { .. }
    ));
    let rec = &first.record;
    assert_eq!(
        first.published,
        3 * 2 + 2 + 1,
        "6 segments, 2 tables, 1 directory"
    );
    for cid in paratii_media::all_cids(rec) {
        assert!(remote.has(&cid).await.unwrap(), "the node has {cid}");
    }
    let v = alice.client.video(rec.video_id).await.unwrap();
    assert_eq!(v.cid, rec.directory.to_string());
    assert_eq!(v.publisher, alice.address());
    assert_eq!(v.owner_key, alice.key());
    assert_eq!(v.title, "Test pattern");
    assert_eq!((v.duration, v.segment_length), (5, 2));
    assert_eq!(v.segment_size, rec.segment_size_kib);
    assert_eq!(v.formats, vec!["360p30".to_owned(), "240p30".to_owned()]);
    for toc in rec.tables.values() {
        assert_eq!(
            segments_for(v.duration, v.segment_length),
            toc.0.len() as u64
        );
    }
    assert_eq!(rec.publisher, Some(alice.address()));
    assert_eq!(rec.registration_tx.map(|_| ()), Some(()));
    assert_eq!(
        s.library.upload_record(&rec.video_id).unwrap().as_ref(),
        Some(rec)
    );
    drop(first.packaged.lock);

    // A re-run: same CIDs, nothing added or published, nothing sent.
    let again = upload(s.job(&src, "Test pattern", Some(&remote), Some(alice_reg)))
        .await
        .unwrap();
    assert_eq!(again.registration, Registration::AlreadyRegisteredByYou);
    assert_eq!(again.record, *rec, "the record keeps its registration");
    assert_eq!(again.published, 0);
    assert_eq!(again.packaged.segments_added, 0);
    assert!(!again.packaged.transcoded);
    assert_eq!(alice.client.videos().await.unwrap().len(), 1);
    drop(again);

    // Bob, with a copy of alice's keystore (so the same secret and the same id): stopped at the
    // registry check, before his node gets anything and before any transaction.
    let bob_remote = BlockStore::open(dir.path().join("bob-remote")).unwrap();
    let b = Setup::new(dir.path(), "bob-data");
    let err = upload(b.job(
        &src,
        "Test pattern",
        Some(&bob_remote),
        Some(Registrar {
            client: &bob.client,
            publisher: bob.address(),
            owner_key: bob.key(),
        }),
    ))
    .await
    .unwrap_err();
    assert!(
        matches!(err, UploadError::RegisteredBySomeoneElse { publisher, .. } if publisher == alice.address()),
        "{err}"
    );
    assert!(
        !bob_remote.has(&rec.directory).await.unwrap(),
        "nothing reaches a network node before the registry check"
    );
    assert_eq!(alice.client.videos().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_record_that_does_not_hold_together_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let src = clip(dir.path());
    let s = Setup::new(dir.path(), "data");
    let out = upload(s.job(&src, "Test pattern", None, None))
        .await
        .unwrap();
    assert_eq!(out.registration, Registration::NotRequested);
    let good = out.record;
    paratii_upload::check_record(&s.local, &good).await.unwrap();

    // One second more would make the viewers expect a fourth segment.
    let mut longer = good.clone();
    longer.duration_s = 7;
    let err = paratii_upload::check_record(&s.local, &longer)
        .await
        .unwrap_err();
    assert!(
        matches!(
            &err,
            UploadError::Limit(LimitError::TableLength {
                listed: 3,
                expected: 4,
                ..
            })
        ),
        "{err}"
    );
    // A table of contents that is not the one in the directory.
    let mut other = good.clone();
    let bogus = paratii_ipfs::import(b"not a segment", AddOptions::default()).root;
    for toc in other.tables.values_mut() {
        toc.0[0] = bogus;
    }
    assert!(matches!(
        paratii_upload::check_record(&s.local, &other).await,
        Err(UploadError::Media(
            paratii_media::MediaError::InconsistentOutput { .. }
        ))
    ));
    let mut zero = good;
    zero.segment_size_kib = 0;
    assert!(matches!(
        paratii_upload::check_record(&s.local, &zero).await,
        Err(UploadError::Limit(LimitError::Zero { .. }))
    ));
}

/// The squatter's race (PROTOCOL R22): the honest upload commits, is killed before its reveal
/// (its directory already on the network node, so the CID is public), and an attacker with its
/// own registered key commits to the same CID and registers it first. The honest upload, run
/// again, keeps its commitment (the salt in the library), reveals it and takes the video over.
#[tokio::test]
async fn a_squatter_that_registers_first_loses_to_the_older_commitment() {
    let dir = tempfile::tempdir().unwrap();
    let src = clip(dir.path());
    let net = TestNet::start().await.unwrap();
    let alice = net.actor("alice", 1, pti(0)).await.unwrap();
    alice.register_key().await.unwrap();
    let mallory = net.actor("mallory", 2, pti(0)).await.unwrap();
    mallory.register_key().await.unwrap();
    let alice_reg = Registrar {
        client: &alice.client,
        publisher: alice.address(),
        owner_key: alice.key(),
    };

    // Alice's upload, up to its commit: what a `kill -9` right after the commit leaves.
    let a = Setup::new(dir.path(), "alice-data");
    let staged = upload(a.job(&src, "Honest", None, None)).await.unwrap();
    let record = staged.record.clone();
    drop(staged); // releases the work directory's lock, as the killed process would
    let committed = paratii_upload::commit(&alice_reg, &a.library, &record)
        .await
        .unwrap();
    assert!(committed.tx.is_some());

    // Mallory learned the CID from the network and registers it under its own key.
    let (id, _) = mallory
        .client
        .register_video(&paratii_chain::NewVideo {
            cid: record.directory.to_string(),
            owner_key: mallory.key(),
            title: "Mine now".into(),
            duration: record.duration_s,
            segment_length: record.segment_seconds,
            segment_size: record.segment_size_kib,
            formats: record.formats.clone(),
        })
        .await
        .unwrap();
    assert_eq!(id, record.video_id);
    assert_eq!(
        alice.client.video(id).await.unwrap().publisher,
        mallory.address()
    );

    // Alice runs again: the same salt, so the same (older) commitment; no new commit; she owns it.
    let out = upload(a.job(&src, "Honest", None, Some(alice_reg)))
        .await
        .unwrap();
    assert!(
        matches!(
            out.registration,
            Registration::Registered { commit: None, .. }
        ),
        "{:?}",
        out.registration
    );
    let v = alice.client.video(id).await.unwrap();
    assert_eq!(v.publisher, alice.address());
    assert_eq!(v.owner_key, alice.key());
    assert_eq!(v.title, "Honest");
    assert!(
        mallory
            .client
            .videos_of(mallory.address())
            .await
            .unwrap()
            .is_empty(),
        "the squatter's record is gone"
    );

    // Mallory cannot take it back: a fresh commitment is younger than alice's.
    let err = mallory
        .client
        .register_video(&paratii_chain::NewVideo {
            cid: record.directory.to_string(),
            owner_key: mallory.key(),
            title: "Again".into(),
            duration: record.duration_s,
            segment_length: record.segment_seconds,
            segment_size: record.segment_size_kib,
            formats: record.formats.clone(),
        })
        .await
        .unwrap_err();
    assert!(err.to_string().contains("VideoAlreadyRegistered"), "{err}");
    assert_eq!(
        alice.client.video(id).await.unwrap().publisher,
        alice.address()
    );
}
