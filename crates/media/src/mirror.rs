//! An [`Ipfs`] that adds to a remote node (Kubo RPC) and keeps every block in the local store too,
//! so the publisher can serve segments and export a CAR without the remote node.

use async_trait::async_trait;
use bytes::Bytes;
use paratii_ipfs::{AddOptions, BlockStore, Cid, Ipfs, IpfsError};

/// Adds to `remote` and to `local`; reads from `local` first.
#[derive(Debug)]
pub struct Mirror<R> {
    /// The embedded store (kept in step).
    pub local: BlockStore,
    /// The remote node.
    pub remote: R,
}

#[async_trait]
impl<R: Ipfs> Ipfs for Mirror<R> {
    async fn add(&self, data: Bytes, opts: AddOptions) -> Result<Cid, IpfsError> {
        let remote = self.remote.add(data.clone(), opts).await?;
        let local = self.local.add(data, opts).await?;
        if local != remote {
            // Both claim Kubo's importer; a disagreement is a bug on one side, and the remote CID
            // is what the world sees, so nothing may be registered on top of the local one.
            return Err(IpfsError::CidMismatch {
                expected: local,
                actual: remote,
            });
        }
        Ok(local)
    }

    async fn block(&self, cid: &Cid) -> Result<Bytes, IpfsError> {
        match self.local.block(cid).await {
            Ok(b) => Ok(b),
            Err(_) => self.remote.block(cid).await,
        }
    }

    async fn has(&self, cid: &Cid) -> Result<bool, IpfsError> {
        Ok(self.local.has(cid).await? && self.remote.has(cid).await?)
    }
}
