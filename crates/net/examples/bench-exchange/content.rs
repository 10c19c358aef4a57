//! The bench's video: real encrypted segments with Kubo-identical CIDs, built the same way in the
//! bench and in its publisher process.

use std::collections::BTreeMap;

use alloy::primitives::keccak256;
use bytes::Bytes;
use paratii_ipfs::{AddOptions, Cid, CidVersion};
use paratii_media::{Directory, TableOfContents, VideoSecret, encrypt_segment, segment_key};
use paratii_net::NetError;
use paratii_net::catalog::{Catalog, ContentCodec, KEY_LEN, Listing, Sealed};

use crate::FORMAT;

pub fn cid_of(data: &[u8], version: CidVersion) -> Cid {
    paratii_ipfs::file_cid(
        data,
        AddOptions {
            cid_version: version,
        },
    )
}

pub struct Content {
    pub cid: String,
    pub directory: Bytes,
    pub toc: Bytes,
    pub sealed: Vec<Sealed>,
}

impl Content {
    pub fn build(segments: u64, bytes: usize) -> Self {
        let secret = VideoSecret([42; 32]);
        let mut cids = Vec::new();
        let mut sealed = Vec::new();
        for index in 0..segments {
            let mut pt = Vec::with_capacity(bytes + 32);
            let mut block = keccak256(format!("bench/{index}"));
            while pt.len() < bytes {
                pt.extend_from_slice(block.as_slice());
                block = keccak256(block);
            }
            pt.truncate(bytes);
            let key = segment_key(&secret, FORMAT, index);
            let ct = encrypt_segment(&key, index, &pt);
            cids.push(cid_of(&ct, CidVersion::V1));
            sealed.push(Sealed::new(key, &ct));
        }
        let toc = TableOfContents(cids).to_json();
        let directory = Directory(BTreeMap::from([(
            FORMAT.to_owned(),
            cid_of(&toc, CidVersion::V1),
        )]))
        .to_json();
        Self {
            cid: cid_of(&directory, CidVersion::V1).to_string(),
            directory: Bytes::from(directory),
            toc: Bytes::from(toc),
            sealed,
        }
    }
}

impl Catalog for Content {
    fn listing(&self, cid: &str, format: &str) -> Result<Listing, NetError> {
        if cid != self.cid || format != FORMAT {
            return Err(NetError::Catalog(format!("no {cid}/{format}")));
        }
        Ok(Listing {
            directory: self.directory.clone(),
            toc: self.toc.clone(),
        })
    }

    fn segment(&self, cid: &str, format: &str, index: u64) -> Result<Sealed, NetError> {
        if cid != self.cid || format != FORMAT {
            return Err(NetError::Catalog(format!("no {cid}/{format}")));
        }
        self.sealed
            .get(index as usize)
            .cloned()
            .ok_or_else(|| NetError::Catalog(format!("no segment {index}")))
    }
}

pub struct RealCodec;

impl ContentCodec for RealCodec {
    fn cid(&self, data: &[u8], like: &str) -> Result<String, NetError> {
        let like: Cid = like
            .parse()
            .map_err(|e: paratii_ipfs::IpfsError| NetError::Malformed {
                what: "CID",
                reason: e.to_string(),
            })?;
        Ok(cid_of(data, like.version()).to_string())
    }

    fn decrypt(
        &self,
        key: &[u8; KEY_LEN],
        index: u64,
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, NetError> {
        paratii_media::decrypt_segment(key, index, ciphertext).map_err(|e| NetError::Decrypt {
            index,
            reason: e.to_string(),
        })
    }
}
