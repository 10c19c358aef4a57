//! The embedded on-disk block store: one file per block, named by its CID.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use async_trait::async_trait;
use bytes::Bytes;

use crate::cid::Cid;
use crate::error::IpfsError;
use crate::importer::{AddOptions, Imported, import, verify_block};
use crate::{Ipfs, car, walk};

/// An IPFS block store in a directory, the default backend (no daemon).
///
/// Each block is the file `<dir>/<cid>`, written to a temporary file in the same directory and
/// renamed into place, so a crash never leaves a partial block under a CID's name. Blocks are
/// verified before they are written.
#[derive(Debug, Clone)]
pub struct BlockStore {
    dir: PathBuf,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> IpfsError + '_ {
    move |source| IpfsError::Io {
        path: path.to_owned(),
        source,
    }
}

impl BlockStore {
    /// Opens (creating if needed) the block store in `dir`.
    pub fn open(dir: impl AsRef<Path>) -> Result<Self, IpfsError> {
        let dir = dir.as_ref().to_owned();
        fs::create_dir_all(&dir).map_err(io_err(&dir))?;
        Ok(Self { dir })
    }

    /// The store's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, cid: &Cid) -> PathBuf {
        self.dir.join(cid.to_string())
    }

    /// Stores one block after checking it against `cid`; a block already present is left as is.
    pub fn put(&self, cid: &Cid, bytes: &[u8]) -> Result<(), IpfsError> {
        verify_block(cid, bytes)?;
        let path = self.path(cid);
        if path.is_file() {
            return Ok(());
        }
        let mut tmp = tempfile::Builder::new()
            .prefix(".tmp-")
            .tempfile_in(&self.dir)
            .map_err(io_err(&self.dir))?;
        tmp.write_all(bytes).map_err(io_err(tmp.path()))?;
        // Durable before visible: a name in the store promises complete content after a crash.
        tmp.as_file().sync_all().map_err(io_err(&path))?;
        tmp.persist(&path).map_err(|e| IpfsError::Io {
            path: path.clone(),
            source: e.error,
        })?;
        Ok(())
    }

    /// Stores every block of an import; returns its root.
    pub fn put_imported(&self, imported: &Imported) -> Result<Cid, IpfsError> {
        for (cid, bytes) in &imported.blocks {
            self.put(cid, bytes)?;
        }
        Ok(imported.root)
    }

    /// Reads one block (unverified; [`crate::cat`] and [`BlockStore::export_car`] verify).
    pub fn get(&self, cid: &Cid) -> Result<Bytes, IpfsError> {
        let path = self.path(cid);
        match fs::read(&path) {
            Ok(b) => Ok(Bytes::from(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(IpfsError::NotFound(*cid)),
            Err(e) => Err(IpfsError::Io { path, source: e }),
        }
    }

    /// Whether the block is stored.
    pub fn contains(&self, cid: &Cid) -> bool {
        self.path(cid).is_file()
    }

    /// Writes a CARv1 file with `roots` in its header and every block of the DAGs under them
    /// once (each verified against its CID on the way), atomically replacing `out`.
    pub fn export_car(&self, roots: &[Cid], out: &Path) -> Result<(), IpfsError> {
        let blocks = walk(roots, |cid| self.get(cid))?;
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".car-")
            .tempfile_in(&parent)
            .map_err(io_err(&parent))?;
        {
            let mut w = BufWriter::new(tmp.as_file());
            w.write_all(&car::header(roots)).map_err(io_err(out))?;
            for (cid, bytes) in &blocks {
                w.write_all(&car::section(cid, bytes))
                    .map_err(io_err(out))?;
            }
            w.flush().map_err(io_err(out))?;
        }
        tmp.as_file().sync_all().map_err(io_err(out))?;
        tmp.persist(out).map_err(|e| IpfsError::Io {
            path: out.to_owned(),
            source: e.error,
        })?;
        Ok(())
    }
}

async fn blocking<T: Send + 'static>(
    dir: &Path,
    f: impl FnOnce() -> Result<T, IpfsError> + Send + 'static,
) -> Result<T, IpfsError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| IpfsError::Io {
            path: dir.to_owned(),
            source: std::io::Error::other(e),
        })?
}

#[async_trait]
impl Ipfs for BlockStore {
    async fn add(&self, data: Bytes, opts: AddOptions) -> Result<Cid, IpfsError> {
        let store = self.clone();
        blocking(&self.dir, move || store.put_imported(&import(&data, opts))).await
    }

    async fn block(&self, cid: &Cid) -> Result<Bytes, IpfsError> {
        let (store, cid) = (self.clone(), *cid);
        blocking(&self.dir, move || store.get(&cid)).await
    }

    async fn has(&self, cid: &Cid) -> Result<bool, IpfsError> {
        let path = self.path(cid);
        tokio::fs::try_exists(&path)
            .await
            .map_err(|e| IpfsError::Io { path, source: e })
    }
}
