//! Ready-made [`Catalog`] and [`ContentCodec`] over the real storage and crypto, shared by the
//! CLI, the fault tests and the bench:
//!
//! - [`LibraryCatalog`]: what a publisher (or advertiser) uploaded with `paratii upload`: the
//!   records in `<data-dir>/videos/`, the ciphertexts in the embedded block store
//!   `<data-dir>/blocks`, and each video's secret in `<keystore>/videos/<name>.json`, from which
//!   every segment key is derived ([`paratii_media::segment_key`]).
//! - [`IpfsCodec`]: Kubo-identical CIDs ([`paratii_ipfs::file_cid`]) and HLS AES-128
//!   ([`paratii_media::decrypt_segment`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use async_trait::async_trait;
use bytes::Bytes;
use paratii_ipfs::{AddOptions, BlockStore, Cid, Ipfs, IpfsError};
use paratii_keys::Password;
use paratii_media::{Library, UploadRecord, VideoSecret};

use crate::catalog::{Catalog, ContentCodec, KEY_LEN, Listing, Sealed};
use crate::error::{NetError, Result};

/// Kubo-identical CIDs and HLS AES-128 decryption.
#[derive(Debug, Clone, Copy, Default)]
pub struct IpfsCodec;

impl ContentCodec for IpfsCodec {
    fn cid(&self, data: &[u8], like: &str) -> Result<String> {
        let like: Cid = like.parse().map_err(|e: IpfsError| NetError::Malformed {
            what: "CID",
            reason: format!("{like:?}: {e}"),
        })?;
        let opts = AddOptions {
            cid_version: like.version(),
        };
        Ok(paratii_ipfs::file_cid(data, opts).to_string())
    }

    fn decrypt(&self, key: &[u8; KEY_LEN], index: u64, ciphertext: &[u8]) -> Result<Vec<u8>> {
        paratii_media::decrypt_segment(key, index, ciphertext).map_err(|e| NetError::Decrypt {
            index,
            reason: e.to_string(),
        })
    }
}

/// One uploaded video: its record and, once needed, its secret.
struct Entry {
    record: UploadRecord,
    secret: OnceLock<VideoSecret>,
}

/// The videos of a publisher's data directory, served from its embedded block store.
///
/// Records are read at [`LibraryCatalog::open`] and again when an unknown CID is asked for (a
/// video uploaded while serving). Secrets are decrypted once, on first use or by
/// [`LibraryCatalog::unlock_all`], with the password given (the wallet's, which `upload` uses).
pub struct LibraryCatalog {
    library: Library,
    store: BlockStore,
    keystore: PathBuf,
    password: Password,
    videos: Mutex<HashMap<String, Arc<Entry>>>,
}

impl std::fmt::Debug for LibraryCatalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LibraryCatalog")
            .field("data_dir", &self.library.root())
            .field("keystore", &self.keystore)
            .finish_non_exhaustive()
    }
}

fn catalog_err(e: impl std::fmt::Display) -> NetError {
    NetError::Catalog(e.to_string())
}

impl LibraryCatalog {
    /// The library in `data_dir`, with secrets under keystore root `keystore`.
    pub fn open(data_dir: impl Into<PathBuf>, keystore: &Path, password: Password) -> Result<Self> {
        let library = Library::open(data_dir);
        let store = library.blocks().map_err(catalog_err)?;
        let catalog = Self {
            library,
            store,
            keystore: keystore.to_owned(),
            password,
            videos: Mutex::new(HashMap::new()),
        };
        catalog.rescan()?;
        Ok(catalog)
    }

    /// The upload records found, sorted by video id.
    pub fn records(&self) -> Vec<UploadRecord> {
        let mut out: Vec<UploadRecord> = self
            .videos
            .lock()
            .map(|v| v.values().map(|e| e.record.clone()).collect())
            .unwrap_or_default();
        out.sort_by_key(|r| r.video_id);
        out
    }

    /// Decrypts every video's secret now (a wrong password or a missing secret shows at startup
    /// rather than at the first payment); returns the failures, by video.
    pub fn unlock_all(&self) -> Vec<(UploadRecord, NetError)> {
        let entries: Vec<Arc<Entry>> = self
            .videos
            .lock()
            .map(|v| v.values().cloned().collect())
            .unwrap_or_default();
        entries
            .into_iter()
            .filter_map(|e| self.secret(&e).err().map(|err| (e.record.clone(), err)))
            .collect()
    }

    fn rescan(&self) -> Result<()> {
        let records = self.library.records().map_err(catalog_err)?;
        let mut videos = self
            .videos
            .lock()
            .map_err(|_| NetError::Catalog("the catalog lock is poisoned".into()))?;
        for record in records {
            videos
                .entry(record.directory.to_string())
                .or_insert_with(|| {
                    Arc::new(Entry {
                        record,
                        secret: OnceLock::new(),
                    })
                });
        }
        Ok(())
    }

    fn entry(&self, cid: &str) -> Result<Arc<Entry>> {
        let find = || self.videos.lock().ok().and_then(|v| v.get(cid).cloned());
        if let Some(e) = find() {
            return Ok(e);
        }
        self.rescan()?;
        find().ok_or_else(|| {
            NetError::Catalog(format!(
                "video {cid} is not in the library {}",
                self.library.root().display()
            ))
        })
    }

    fn secret<'a>(&self, entry: &'a Entry) -> Result<&'a VideoSecret> {
        if let Some(s) = entry.secret.get() {
            return Ok(s);
        }
        let name = &entry.record.secret;
        let secret = paratii_media::load_secret(&self.keystore, name, &self.password)
            .map_err(catalog_err)?
            .ok_or_else(|| {
                NetError::Catalog(format!(
                    "the secret of video {} ({}) is not in {}",
                    entry.record.video_id,
                    paratii_media::store::secret_path(&self.keystore, name).display(),
                    self.keystore.display()
                ))
            })?;
        Ok(entry.secret.get_or_init(|| secret))
    }

    /// A file of the block store, every block verified against its CID.
    fn cat(&self, cid: &Cid) -> std::result::Result<Vec<u8>, IpfsError> {
        let mut out = Vec::new();
        self.cat_into(cid, &mut out)?;
        Ok(out)
    }

    fn cat_into(&self, cid: &Cid, out: &mut Vec<u8>) -> std::result::Result<(), IpfsError> {
        // The store's own `Ipfs` impl hops to tokio's blocking pool; reading through a
        // synchronous view lets the (synchronous) catalog walk the DAG without a runtime.
        futures::executor::block_on(paratii_ipfs::cat_into(&SyncStore(&self.store), cid, out))
    }
}

impl Catalog for LibraryCatalog {
    fn listing(&self, cid: &str, format: &str) -> Result<Listing> {
        let entry = self.entry(cid)?;
        let r = &entry.record;
        let toc = r.toc_cids.get(format).ok_or_else(|| {
            NetError::Catalog(format!(
                "video {cid} has no format {format:?} (it has {:?})",
                r.formats
            ))
        })?;
        let directory = self.cat(&r.directory).map_err(catalog_err)?;
        let toc = self.cat(toc).map_err(catalog_err)?;
        Ok(Listing {
            directory: Bytes::from(directory),
            toc: Bytes::from(toc),
        })
    }

    fn segment(&self, cid: &str, format: &str, index: u64) -> Result<Sealed> {
        let entry = self.entry(cid)?;
        let missing = || NetError::MissingSegment {
            cid: cid.to_owned(),
            format: format.to_owned(),
            index,
        };
        let segment_cid = entry
            .record
            .tables
            .get(format)
            .and_then(|t| usize::try_from(index).ok().and_then(|i| t.0.get(i)))
            .ok_or_else(missing)?;
        let secret = self.secret(&entry)?;
        // The key first, the ciphertext read in after it: the delivered form without a copy.
        let mut delivered = paratii_media::segment_key(secret, format, index).to_vec();
        match self.cat_into(segment_cid, &mut delivered) {
            Ok(()) => {}
            Err(IpfsError::NotFound(_)) => return Err(missing()),
            Err(e) => return Err(catalog_err(e)),
        }
        Sealed::from_delivered(index, delivered)
    }

    fn key(&self, cid: &str, format: &str, index: u64) -> Result<[u8; KEY_LEN]> {
        let entry = self.entry(cid)?;
        // The index must be a segment of the format; the ciphertext itself is not read (the
        // viewer fetches it from IPFS).
        let listed = entry
            .record
            .tables
            .get(format)
            .is_some_and(|t| usize::try_from(index).is_ok_and(|i| i < t.0.len()));
        if !listed {
            return Err(NetError::MissingSegment {
                cid: cid.to_owned(),
                format: format.to_owned(),
                index,
            });
        }
        Ok(paratii_media::segment_key(
            self.secret(&entry)?,
            format,
            index,
        ))
    }

    fn can_sell(&self, cid: &str, format: &str) -> Result<()> {
        let entry = self.entry(cid)?;
        if !entry.record.tables.contains_key(format) {
            return Err(NetError::Catalog(format!(
                "video {cid} has no format {format:?}"
            )));
        }
        self.secret(&entry).map(drop)
    }
}

/// The block store read synchronously (each `block` completes without awaiting).
struct SyncStore<'a>(&'a BlockStore);

#[async_trait]
impl Ipfs for SyncStore<'_> {
    async fn add(&self, data: Bytes, opts: AddOptions) -> std::result::Result<Cid, IpfsError> {
        self.0.put_imported(&paratii_ipfs::import(&data, opts))
    }

    async fn block(&self, cid: &Cid) -> std::result::Result<Bytes, IpfsError> {
        self.0.get(cid)
    }

    async fn has(&self, cid: &Cid) -> std::result::Result<bool, IpfsError> {
        Ok(self.0.contains(cid))
    }
}
