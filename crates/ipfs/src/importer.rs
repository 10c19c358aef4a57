//! The UnixFS file importer: the same DAG, and so the same CIDs, as Kubo's `ipfs add`.

use std::collections::HashSet;

use bytes::Bytes;

use crate::cid::{Cid, CidVersion, DAG_PB, RAW};
use crate::error::IpfsError;
use crate::pb::{PbLink, encode_node, encode_unixfs_file, leaf_framing};

/// Chunk size of Kubo's default chunker `size-262144`.
pub const CHUNK_SIZE: usize = 262_144;
/// Most links per node in Kubo's balanced layout (`helpers.DefaultLinksPerBlock`).
pub const MAX_LINKS: usize = 174;

/// Options of [`import`] and [`crate::Ipfs::add`].
///
/// Only the CID version is configurable; chunker (`size-262144`) and layout (balanced,
/// at most 174 links per node) are fixed so that every backend agrees on the CIDs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AddOptions {
    /// CIDv0 (default, like `ipfs add`) or CIDv1 with raw leaves (`ipfs add --cid-version 1`).
    pub cid_version: CidVersion,
}

/// The result of [`import`]: the root CID and every block of the DAG.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The file's CID, as `ipfs add` prints it.
    pub root: Cid,
    /// Every distinct block of the DAG (leaves first, root last), each once.
    pub blocks: Vec<(Cid, Bytes)>,
}

/// A finished sub-DAG: its CID, cumulative serialized size and file-content size.
struct Built {
    cid: Cid,
    tsize: u64,
    filesize: u64,
}

struct Builder {
    version: CidVersion,
    /// Whether the blocks are wanted, or only the root CID ([`file_cid`]).
    keep: bool,
    seen: HashSet<Cid>,
    blocks: Vec<(Cid, Bytes)>,
}

impl Builder {
    fn push(&mut self, cid: Cid, bytes: Vec<u8>) {
        if self.keep && self.seen.insert(cid) {
            self.blocks.push((cid, Bytes::from(bytes)));
        }
    }

    fn leaf(&mut self, chunk: &[u8]) -> Built {
        let filesize = chunk.len() as u64;
        if !self.keep {
            // The chunk is hashed where it lies: no leaf is built, so nothing is copied.
            let (cid, tsize) = match self.version {
                CidVersion::V1 => (Cid::for_block(CidVersion::V1, RAW, chunk), filesize),
                CidVersion::V0 => {
                    let (prefix, suffix) = leaf_framing(chunk.len());
                    let tsize = (prefix.len() + chunk.len() + suffix.len()) as u64;
                    let cid =
                        Cid::for_block_parts(CidVersion::V0, DAG_PB, &[&prefix, chunk, &suffix]);
                    (cid, tsize)
                }
            };
            return Built {
                cid,
                tsize,
                filesize,
            };
        }
        let (cid, bytes) = match self.version {
            CidVersion::V1 => (Cid::for_block(CidVersion::V1, RAW, chunk), chunk.to_vec()),
            CidVersion::V0 => {
                let node = encode_node(&[], &encode_unixfs_file(chunk, filesize, &[]));
                (Cid::for_block(CidVersion::V0, DAG_PB, &node), node)
            }
        };
        let tsize = bytes.len() as u64;
        self.push(cid, bytes);
        Built {
            cid,
            tsize,
            filesize,
        }
    }

    /// Builds a balanced subtree of `depth` over `chunks` (depth 0 = one leaf), filling the
    /// leftmost children first like go-unixfs' `fillNodeRec`: a partial last child keeps its
    /// full depth, even with a single chunk under it.
    fn subtree(&mut self, chunks: &[&[u8]], depth: u32) -> Built {
        if depth == 0 {
            return self.leaf(chunks.first().copied().unwrap_or(&[]));
        }
        let per_child = MAX_LINKS.pow(depth - 1);
        let children: Vec<Built> = chunks
            .chunks(per_child)
            .map(|group| self.subtree(group, depth - 1))
            .collect();
        let filesize: u64 = children.iter().map(|c| c.filesize).sum();
        let blocksizes: Vec<u64> = children.iter().map(|c| c.filesize).collect();
        let links: Vec<PbLink> = children
            .iter()
            .map(|c| PbLink {
                cid: c.cid,
                tsize: c.tsize,
            })
            .collect();
        let node = encode_node(&links, &encode_unixfs_file(&[], filesize, &blocksizes));
        let cid = Cid::for_block(self.version, DAG_PB, &node);
        let tsize = node.len() as u64 + children.iter().map(|c| c.tsize).sum::<u64>();
        self.push(cid, node);
        Built {
            cid,
            tsize,
            filesize,
        }
    }
}

/// Chunks `data` and builds its UnixFS file DAG, exactly as `ipfs add` (Kubo) would, without
/// any I/O. A file of at most one chunk is its own root; the empty file is one empty leaf.
pub fn import(data: &[u8], opts: AddOptions) -> Imported {
    build(data, opts, true)
}

/// The root CID [`import`] gives `data`, without building its blocks: what checking received
/// bytes against their CID needs, at the cost of hashing them (no copy of the data).
pub fn file_cid(data: &[u8], opts: AddOptions) -> Cid {
    build(data, opts, false).root
}

fn build(data: &[u8], opts: AddOptions, keep: bool) -> Imported {
    let chunks: Vec<&[u8]> = if data.is_empty() {
        vec![data]
    } else {
        data.chunks(CHUNK_SIZE).collect()
    };
    let mut depth = 0u32;
    let mut capacity = 1usize;
    while capacity < chunks.len() {
        capacity = capacity.saturating_mul(MAX_LINKS);
        depth += 1;
    }
    let mut b = Builder {
        version: opts.cid_version,
        keep,
        seen: HashSet::new(),
        blocks: Vec::new(),
    };
    let root = b.subtree(&chunks, depth).cid;
    Imported {
        root,
        blocks: b.blocks,
    }
}

/// Checks that `bytes` hash to `cid` (same version and codec, SHA2-256).
pub fn verify_block(cid: &Cid, bytes: &[u8]) -> Result<(), IpfsError> {
    let actual = Cid::for_block(cid.version(), cid.codec(), bytes);
    if actual == *cid {
        Ok(())
    } else {
        Err(IpfsError::CidMismatch {
            expected: *cid,
            actual,
        })
    }
}
