//! What the exchange tests share: videos built from real bytes, encrypted with HLS AES-128 and
//! addressed with Kubo-identical CIDs, served by an in-memory catalog.

// Each test binary uses its own subset.
#![allow(dead_code)]

use std::collections::BTreeMap;

use alloy::primitives::keccak256;
use bytes::Bytes;
use paratii_ipfs::{AddOptions, Cid, CidVersion};
use paratii_media::{Directory, TableOfContents, VideoSecret, encrypt_segment, segment_key};
use paratii_net::catalog::{Catalog, Listing, Sealed};
use paratii_net::error::NetError;

/// Deterministic, incompressible bytes for segment `index` of `format`.
pub fn plaintext(format: &str, index: u64, len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 32);
    let mut block = keccak256(format!("{format}/{index}"));
    while out.len() < len {
        out.extend_from_slice(block.as_slice());
        block = keccak256(block);
    }
    out.truncate(len);
    out
}

/// The CID `ipfs add` gives `data`.
pub fn cid_of(data: &[u8], version: CidVersion) -> Cid {
    paratii_ipfs::import(
        data,
        AddOptions {
            cid_version: version,
        },
    )
    .root
}

/// A video as a publisher holds it: segment keys, ciphertexts, tables of contents, directory.
#[derive(Debug)]
pub struct Content {
    /// The directory's CID.
    pub cid: String,
    /// The directory JSON.
    pub directory: Bytes,
    /// Table of contents JSON by format.
    pub tocs: BTreeMap<String, Bytes>,
    /// What is sold, by (format, index).
    pub sealed: BTreeMap<(String, u64), Sealed>,
    /// The plaintext, by (format, index).
    pub plain: BTreeMap<(String, u64), Vec<u8>>,
}

impl Content {
    /// `segments` segments of `segment_bytes` in each format; `seed` makes videos distinct.
    pub fn build(
        seed: u8,
        version: CidVersion,
        formats: &[&str],
        segments: u64,
        segment_bytes: usize,
    ) -> Self {
        let secret = VideoSecret([seed; 32]);
        let mut tocs = BTreeMap::new();
        let mut dir = BTreeMap::new();
        let mut sealed = BTreeMap::new();
        let mut plain = BTreeMap::new();
        for &format in formats {
            let mut toc = Vec::new();
            for index in 0..segments {
                let mut pt = plaintext(format, index, segment_bytes);
                pt[0] = seed;
                let key = segment_key(&secret, format, index);
                let ct = encrypt_segment(&key, index, &pt);
                toc.push(cid_of(&ct, version));
                sealed.insert(
                    (format.to_owned(), index),
                    Sealed {
                        key,
                        ciphertext: Bytes::from(ct),
                    },
                );
                plain.insert((format.to_owned(), index), pt);
            }
            let toc = TableOfContents(toc).to_json();
            dir.insert(format.to_owned(), cid_of(&toc, version));
            tocs.insert(format.to_owned(), Bytes::from(toc));
        }
        let directory = Directory(dir).to_json();
        Self {
            cid: cid_of(&directory, version).to_string(),
            directory: Bytes::from(directory),
            tocs,
            sealed,
            plain,
        }
    }
}

impl Catalog for Content {
    fn listing(&self, cid: &str, format: &str) -> Result<Listing, NetError> {
        if cid != self.cid {
            return Err(NetError::Catalog(format!("no video {cid}")));
        }
        let toc = self
            .tocs
            .get(format)
            .ok_or_else(|| NetError::Catalog(format!("no format {format}")))?;
        Ok(Listing {
            directory: self.directory.clone(),
            toc: toc.clone(),
        })
    }

    fn segment(&self, cid: &str, format: &str, index: u64) -> Result<Sealed, NetError> {
        if cid != self.cid {
            return Err(NetError::Catalog(format!("no video {cid}")));
        }
        self.sealed
            .get(&(format.to_owned(), index))
            .cloned()
            .ok_or_else(|| NetError::Catalog(format!("no segment {format}/{index}")))
    }
}
