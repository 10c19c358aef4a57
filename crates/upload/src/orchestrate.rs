//! An upload, step by step. [`upload`] runs the steps in this order, each one only once the
//! previous succeeded, so a failure leaves nothing half done:
//!
//! - **(a) local checks** ([`limits::check_settings`]): the registry's limits on the title,
//!   formats and segment length, before anything is read or written;
//! - **(b) the network, read only** ([`check_node`], [`check_registrar`]): the remote IPFS node
//!   answers, the owner key is an active key of the wallet, before minutes of transcoding;
//! - **(c) the media half** ([`paratii_media::package`]): transcode, encrypt and add to the
//!   publisher's **local** store only, then, on what was produced, the registry's limits and
//!   every table of contents against the duration ([`check_record`]) and the registry's record
//!   of the id ([`registry_status`], `videoOf`: registered by someone else stops here, before
//!   any transaction);
//! - **(c') commit** ([`commit`]): the registration's commitment (PROTOCOL R22), computed here
//!   with a salt the library keeps, sent unless an interrupted run sent it already;
//! - **(d) publish** ([`publish`]): every object of the video to the remote IPFS node, if any;
//! - **(e) register** ([`register`]) unless registered by us already, revealing the commitment
//!   (it takes the video over from a squatter whose commitment is younger), and write the
//!   library record.
//!
//! Nothing reaches a network node before (d), so whoever learns the CID from it commits after
//! (c') and loses to our reveal.

use std::path::{Path, PathBuf};

use alloy_primitives::{Address, B256};
use paratii_chain::bindings::video_registry::VideoRegistry::VideoRegistryErrors;
use paratii_chain::{Client, NewVideo, VideoRecord};
use paratii_ipfs::{AddOptions, Ipfs, IpfsError};
use paratii_keys::Password;
use paratii_media::{
    Library, Package, Packaged, Progress, ProgressFn, Stage, Transcoder, UploadRecord,
    UploadSettings, all_cids,
};

use crate::error::{Result, UploadError};
use crate::limits;

/// Who registers the video.
#[derive(Debug, Clone, Copy)]
pub struct Registrar<'a> {
    /// A client sending from the publisher's wallet.
    pub client: &'a Client,
    /// The publisher's wallet address.
    pub publisher: Address,
    /// The owner communication key (an active key of the wallet).
    pub owner_key: Address,
}

/// Everything an upload needs.
pub struct Upload<'a> {
    /// The source file.
    pub source: &'a Path,
    /// The choices.
    pub settings: UploadSettings,
    /// The data directory (work dirs, records).
    pub library: &'a Library,
    /// The keystore root, where the video secret is kept.
    pub keystore: &'a Path,
    /// The password the secret is encrypted with (the wallet's).
    pub password: &'a Password,
    /// The transcoding backend.
    pub transcoder: &'a dyn Transcoder,
    /// The publisher's own store, where (c) adds everything (normally `library.blocks()`).
    pub local: &'a dyn Ipfs,
    /// A network node (Kubo RPC) that (d) publishes to, if any.
    pub remote: Option<&'a dyn Ipfs>,
    /// Register on the VideoRegistry, or not (`None`: IPFS and the library only).
    pub registrar: Option<Registrar<'a>>,
    /// Progress reports.
    pub progress: ProgressFn<'a>,
}

/// What happened on chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registration {
    /// This run registered the video in this transaction.
    Registered {
        /// The `commit` this run sent (none when a resumed upload found its commitment on chain).
        commit: Option<B256>,
        /// The `register` transaction hash.
        tx: B256,
        /// The block it was mined in.
        block: u64,
        /// Gas the registration used.
        gas_used: u64,
    },
    /// The same wallet had registered it already: nothing was sent.
    AlreadyRegisteredByYou,
    /// No registrar was given.
    NotRequested,
}

/// What the registry says of a video id before anything is sent.
#[derive(Debug, Clone, PartialEq)]
pub enum RegistryStatus {
    /// Not registered: (e) registers it.
    Unregistered,
    /// Registered by the publishing wallet already: (e) sends nothing.
    Ours(Box<VideoRecord>),
    /// Registered by another wallet with a commitment younger than ours, which this library
    /// made earlier: (e) reveals ours and takes the video over (R22).
    Reclaimable {
        /// The wallet that registered it.
        publisher: Address,
    },
}

/// The result of [`upload`].
#[derive(Debug)]
pub struct UploadOutcome {
    /// The library record (also written to `<data-dir>/videos/<id>.json`).
    pub record: UploadRecord,
    /// Where the record was written.
    pub record_path: PathBuf,
    /// What happened on chain.
    pub registration: Registration,
    /// Objects (segments, tables, directory) this run added to the remote node.
    pub published: usize,
    /// What the media half did (transcoded or not, segments added and reused, durations...).
    pub packaged: Packaged,
}

/// (b) The remote node answers. `has` asks the node's own store only (offline), so it answers at
/// once whatever the block.
pub async fn check_node(remote: &dyn Ipfs) -> Result<()> {
    let empty = paratii_ipfs::import(&[], AddOptions::default()).root;
    remote.has(&empty).await?;
    Ok(())
}

/// (b) The owner key is an active key of the publishing wallet (else the registration would
/// revert after the whole transcode).
pub async fn check_registrar(r: &Registrar<'_>) -> Result<()> {
    let key = r.client.key_of(r.owner_key).await?;
    if key.wallet == r.publisher && key.active {
        return Ok(());
    }
    let state = if key.wallet == Address::ZERO {
        "not registered".to_owned()
    } else if key.wallet != r.publisher {
        format!("registered to wallet {}", key.wallet)
    } else {
        "revoked".to_owned()
    };
    Err(UploadError::OwnerKeyNotActive {
        key: r.owner_key,
        wallet: r.publisher,
        state,
    })
}

/// (c) What was produced is what will be registered: the registry's limits, every table of
/// contents as long as a viewer computes from the duration, and the directory and tables in the
/// local store equal to the record.
pub async fn check_record(local: &dyn Ipfs, record: &UploadRecord) -> Result<()> {
    limits::check_record(record)?;
    let (directory, tables) = paratii_media::fetch_tables(local, &record.directory).await?;
    if directory.0 != record.toc_cids || tables != record.tables {
        return Err(paratii_media::MediaError::InconsistentOutput {
            detail: format!(
                "the directory {} in the local store does not list the tables of contents just added",
                record.directory
            ),
        }
        .into());
    }
    Ok(())
}

/// (c) `videoOf(id)`: unregistered, ours, someone else's that our older commitment reclaims, or
/// someone else's (a typed error: nothing is sent).
pub async fn registry_status(
    r: &Registrar<'_>,
    library: &Library,
    record: &UploadRecord,
) -> Result<RegistryStatus> {
    let video_id = record.video_id;
    match r.client.video(video_id).await {
        Ok(existing) if existing.publisher == r.publisher => {
            Ok(RegistryStatus::Ours(Box::new(existing)))
        }
        Ok(existing) => {
            // Only a commitment this library already sent can be older than theirs; a new one
            // would be younger by construction.
            // Looked up, never created: a salt made here would be a commitment not yet sent.
            let ours =
                match library.existing_commitment_salt(&video_id, r.publisher, r.owner_key)? {
                    Some(salt) => {
                        r.client
                            .commit_block_of(commitment(r, record, salt)?)
                            .await?
                    }
                    None => 0,
                };
            let theirs = r.client.registered_commit_block_of(video_id).await?;
            if ours != 0 && ours < theirs {
                return Ok(RegistryStatus::Reclaimable {
                    publisher: existing.publisher,
                });
            }
            Err(UploadError::RegisteredBySomeoneElse {
                video_id,
                publisher: existing.publisher,
                us: r.publisher,
            })
        }
        Err(e)
            if matches!(
                e.video_registry_error(),
                Some(VideoRegistryErrors::UnknownVideo(_))
            ) =>
        {
            Ok(RegistryStatus::Unregistered)
        }
        Err(e) => Err(e.into()),
    }
}

fn new_video(r: &Registrar<'_>, record: &UploadRecord) -> NewVideo {
    NewVideo {
        cid: record.directory.to_string(),
        owner_key: r.owner_key,
        title: record.title.clone(),
        duration: record.duration_s,
        segment_length: record.segment_seconds,
        segment_size: record.segment_size_kib,
        formats: record.formats.clone(),
    }
}

fn commitment(r: &Registrar<'_>, record: &UploadRecord, salt: B256) -> Result<B256> {
    Ok(r.client.video_commitment(&new_video(r, record), salt)?)
}

/// What (c') committed.
#[derive(Debug, Clone, Copy)]
pub struct Committed {
    /// The salt, kept in the library.
    pub salt: B256,
    /// The `commit` sent now (none: it was on chain already, from an interrupted run).
    pub tx: Option<B256>,
}

/// (c') Commits to the registration (R22) before anything reaches a network node: the salt is
/// the library's (kept across runs), the commitment computed here; sent unless it is on chain
/// already.
pub async fn commit(
    r: &Registrar<'_>,
    library: &Library,
    record: &UploadRecord,
) -> Result<Committed> {
    let salt = library.commitment_salt(&record.video_id, r.publisher, r.owner_key)?;
    if r.client
        .commit_block_of(commitment(r, record, salt)?)
        .await?
        != 0
    {
        return Ok(Committed { salt, tx: None });
    }
    let tx = r.client.commit_video(&new_video(r, record), salt).await?;
    Ok(Committed {
        salt,
        tx: Some(tx.hash),
    })
}

/// (d) Adds every object of the video to `remote`, children before parents (segments, tables,
/// the directory), each read back from `local` with every block verified; an object the node
/// has already is skipped, and a node that computes another CID stops the upload. Returns how
/// many objects were added.
pub async fn publish(
    local: &dyn Ipfs,
    remote: &dyn Ipfs,
    record: &UploadRecord,
    progress: ProgressFn<'_>,
) -> Result<usize> {
    let opts = AddOptions {
        cid_version: record.cid_version,
    };
    let cids = all_cids(record);
    let total = cids.len() as u64;
    let mut added = 0;
    for (i, cid) in cids.iter().enumerate() {
        if !remote.has(cid).await? {
            let bytes = paratii_ipfs::cat(local, cid).await?;
            let theirs = remote.add(bytes::Bytes::from(bytes), opts).await?;
            if theirs != *cid {
                // Both claim Kubo's importer; a disagreement is a bug on one side, and the
                // remote CID is what the world sees, so nothing may be registered on top.
                return Err(IpfsError::CidMismatch {
                    expected: *cid,
                    actual: theirs,
                }
                .into());
            }
            added += 1;
        }
        progress(Progress {
            stage: Stage::Publish,
            done: i as u64 + 1,
            total,
        });
    }
    Ok(added)
}

/// (e) Registers `record` for `r`, revealing the commitment of (c') (simulated first by the chain
/// client, so a revert sends nothing).
pub async fn register(
    r: &Registrar<'_>,
    record: &UploadRecord,
    committed: Committed,
) -> Result<Registration> {
    let (_, tx) = r
        .client
        .reveal_video(&new_video(r, record), committed.salt)
        .await?;
    Ok(Registration::Registered {
        commit: committed.tx,
        tx: tx.hash,
        block: tx.block,
        gas_used: tx.gas_used,
    })
}

/// Runs an upload end to end, in the order of the module documentation.
pub async fn upload(u: Upload<'_>) -> Result<UploadOutcome> {
    // (a) Local checks: nothing read or written yet.
    limits::check_settings(&u.settings)?;

    // (b) The network, read only.
    if let Some(remote) = u.remote {
        check_node(remote).await?;
    }
    if let Some(r) = &u.registrar {
        check_registrar(r).await?;
    }

    // (c) The media half, into the local store only; then what was produced, checked.
    let packaged = paratii_media::package(Package {
        source: u.source,
        settings: u.settings.clone(),
        library: u.library,
        keystore: u.keystore,
        password: u.password,
        transcoder: u.transcoder,
        store: u.local,
        progress: u.progress,
    })
    .await?;
    let mut record = packaged.record.clone();
    check_record(u.local, &record).await?;
    let status = match &u.registrar {
        Some(r) => Some(registry_status(r, u.library, &record).await?),
        None => None,
    };
    // (c') The commitment, before the network node sees the directory.
    let committed = match (&u.registrar, &status) {
        (Some(r), Some(RegistryStatus::Unregistered | RegistryStatus::Reclaimable { .. })) => {
            Some(commit(r, u.library, &record).await?)
        }
        _ => None,
    };

    // (d) Publish to the network node.
    let published = match u.remote {
        Some(remote) => publish(u.local, remote, &record, u.progress).await?,
        None => 0,
    };

    // (e) Register, unless done; then the library record, for `serve`.
    if let Some(previous) = u.library.upload_record(&record.video_id)? {
        record.registration_tx = previous.registration_tx;
        record.publisher = previous.publisher;
        record.owner_key = previous.owner_key;
    }
    let registration = match (&u.registrar, status) {
        (Some(r), Some(RegistryStatus::Unregistered | RegistryStatus::Reclaimable { .. })) => {
            let committed = committed.expect("committed in (c')");
            let registration = register(r, &record, committed).await?;
            if let Registration::Registered { tx, .. } = registration {
                record.registration_tx = Some(tx);
            }
            record.publisher = Some(r.publisher);
            record.owner_key = Some(r.owner_key);
            registration
        }
        (Some(r), Some(RegistryStatus::Ours(existing))) => {
            record.publisher = Some(r.publisher);
            record.owner_key = Some(existing.owner_key);
            Registration::AlreadyRegisteredByYou
        }
        _ => Registration::NotRequested,
    };
    let record_path = u.library.save(&record)?;
    Ok(UploadOutcome {
        record,
        record_path,
        registration,
        published,
        packaged,
    })
}
