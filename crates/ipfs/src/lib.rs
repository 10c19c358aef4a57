//! Paratii's IPFS layer.
//!
//! - [`import`]: a pure UnixFS importer giving exactly the CIDs of Kubo's `ipfs add`
//!   (256 KiB chunks, balanced DAG of at most 174 links; CIDv0, or CIDv1 with raw leaves).
//! - [`Ipfs`]: the backend trait, implemented by the embedded on-disk [`BlockStore`] (default,
//!   no daemon, exports CAR files), by [`KuboRpc`] (a Kubo-compatible RPC API) and by the
//!   read-only [`Gateway`] (a trustless HTTP gateway: raw blocks or CAR streams).
//! - [`CarReader`] / [`read_car`]: a bounded, incremental CARv1 reader.
//! - [`cat`]: reads a file back through any backend, verifying every block against its CID,
//!   because a backend (or the node behind it) is not trusted to return the bytes asked for.

mod car;
mod cid;
mod error;
mod gateway;
mod importer;
mod kubo;
mod pb;
mod store;
#[cfg(feature = "test-utils")]
pub mod test_utils;

use std::collections::HashSet;

use async_trait::async_trait;
use bytes::Bytes;

pub use crate::car::{Car, CarReader, MAX_CAR_HEADER, read_car};
pub use crate::cid::{Cid, CidVersion, DAG_CBOR, DAG_PB, RAW};
pub use crate::error::{CarError, IpfsError};
pub use crate::gateway::{Gateway, GatewayMode, GatewayOptions, MAX_CAR_BYTES};
pub use crate::importer::{
    AddOptions, CHUNK_SIZE, Imported, MAX_LINKS, file_cid, import, verify_block,
};
pub use crate::kubo::KuboRpc;
pub use crate::store::BlockStore;

/// Largest file [`cat`] reassembles; a DAG can repeat links to inflate its size exponentially,
/// so the output is bounded rather than trusted.
pub const MAX_CAT_BYTES: u64 = 1 << 30;

/// Most blocks [`cat`] fetches for one file, for the same reason (links to empty nodes inflate
/// the work without inflating the output).
pub const MAX_CAT_BLOCKS: usize = 1 << 20;

/// Largest block read from an untrusted source (a gateway response, a CAR section): the 2 MiB
/// maximum block size of the Bitswap spec. Kubo refuses to make bigger blocks without
/// `--allow-big-block` (a 1 MiB limit until boxo raised it to the spec's 2 MiB); only its wire
/// limit, 4 MiB, is higher. Blocks made here are at most a 256 KiB chunk plus framing.
pub const MAX_BLOCK_SIZE: usize = 2 << 20;

/// An IPFS backend: somewhere to add files and fetch blocks from.
#[async_trait]
pub trait Ipfs: Send + Sync {
    /// Adds a file like `ipfs add` (and pins it on Kubo); returns its root CID, which equals
    /// `import(&data, opts).root`.
    async fn add(&self, data: Bytes, opts: AddOptions) -> Result<Cid, IpfsError>;
    /// The raw bytes of one block. Backends may return unverified bytes; [`cat`] checks them.
    async fn block(&self, cid: &Cid) -> Result<Bytes, IpfsError>;
    /// Whether the backend holds the block locally.
    async fn has(&self, cid: &Cid) -> Result<bool, IpfsError>;
}

/// The children of a verified block, in order, plus the file bytes it carries itself.
pub(crate) fn decode_file_block(cid: &Cid, bytes: &Bytes) -> Result<(Bytes, Vec<Cid>), IpfsError> {
    match cid.codec() {
        RAW => Ok((bytes.clone(), Vec::new())),
        DAG_PB => {
            let malformed = |reason: String| IpfsError::Malformed { cid: *cid, reason };
            let node = pb::decode_node(bytes).map_err(malformed)?;
            let fs = pb::decode_unixfs(node.data).map_err(malformed)?;
            if fs.kind != pb::UNIXFS_FILE && fs.kind != pb::UNIXFS_RAW {
                return Err(IpfsError::Unsupported {
                    cid: *cid,
                    reason: format!("UnixFS node type {} is not a file", fs.kind),
                });
            }
            if !node.links.is_empty() && fs.blocksizes.len() != node.links.len() {
                return Err(malformed(format!(
                    "{} links but {} blocksizes",
                    node.links.len(),
                    fs.blocksizes.len()
                )));
            }
            Ok((
                bytes.slice_ref(fs.data),
                node.links.into_iter().map(|l| l.cid).collect(),
            ))
        }
        other => Err(IpfsError::Unsupported {
            cid: *cid,
            reason: format!("codec 0x{other:x} is not a UnixFS file"),
        }),
    }
}

/// The links of any dag-pb node (UnixFS file, directory or other), none for a raw block.
fn links(cid: &Cid, bytes: &[u8]) -> Result<Vec<Cid>, IpfsError> {
    match cid.codec() {
        RAW => Ok(Vec::new()),
        DAG_PB => Ok(pb::decode_node(bytes)
            .map_err(|reason| IpfsError::Malformed { cid: *cid, reason })?
            .links
            .into_iter()
            .map(|l| l.cid)
            .collect()),
        other => Err(IpfsError::Unsupported {
            cid: *cid,
            reason: format!("codec 0x{other:x} is neither dag-pb nor raw"),
        }),
    }
}

/// Every block of the DAGs under `roots`, each once, depth-first in link order;
/// every block is fetched through `get` and verified against its CID.
pub(crate) fn walk<F>(roots: &[Cid], mut get: F) -> Result<Vec<(Cid, Bytes)>, IpfsError>
where
    F: FnMut(&Cid) -> Result<Bytes, IpfsError>,
{
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    let mut stack: Vec<Cid> = roots.iter().rev().copied().collect();
    while let Some(cid) = stack.pop() {
        if !seen.insert(cid) {
            continue;
        }
        let bytes = get(&cid)?;
        verify_block(&cid, &bytes)?;
        stack.extend(links(&cid, &bytes)?.into_iter().rev());
        out.push((cid, bytes));
    }
    Ok(out)
}

/// Reads the file under `cid` through `ipfs`, verifying every block against its CID before
/// using it; a block whose bytes do not hash to its CID gives [`IpfsError::CidMismatch`].
pub async fn cat(ipfs: &dyn Ipfs, cid: &Cid) -> Result<Vec<u8>, IpfsError> {
    let mut out = Vec::new();
    cat_into(ipfs, cid, &mut out).await?;
    Ok(out)
}

/// [`cat`], appending the file to `out` (which may already hold a prefix, e.g. the key a
/// delivery sends before the ciphertext, so that the two need no copy into a third buffer). On
/// an error `out` may hold part of the file after its prefix.
pub async fn cat_into(ipfs: &dyn Ipfs, cid: &Cid, out: &mut Vec<u8>) -> Result<(), IpfsError> {
    let prefix = out.len();
    let mut stack = vec![*cid];
    let mut fetched = 0usize;
    while let Some(next) = stack.pop() {
        fetched += 1;
        if fetched > MAX_CAT_BLOCKS {
            return Err(IpfsError::TooLarge {
                cid: *cid,
                reason: format!("more than {MAX_CAT_BLOCKS} blocks"),
            });
        }
        let bytes = ipfs.block(&next).await?;
        verify_block(&next, &bytes)?;
        let (data, children) = decode_file_block(&next, &bytes)?;
        if (out.len() - prefix + data.len()) as u64 > MAX_CAT_BYTES {
            return Err(IpfsError::TooLarge {
                cid: *cid,
                reason: format!("more than {MAX_CAT_BYTES} bytes"),
            });
        }
        out.extend_from_slice(&data);
        stack.extend(children.into_iter().rev());
    }
    Ok(())
}
