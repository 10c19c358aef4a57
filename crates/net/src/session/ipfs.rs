//! The bytes from IPFS: the listing, and each ciphertext checked against the table of contents.

use std::collections::BTreeMap;

use bytes::Bytes;
use paratii_ipfs::{Cid, Ipfs};

use super::{CIPHERTEXT_CACHE, KeySession};
use crate::catalog::{Listing, check_ciphertext};
use crate::error::{NetError, Result};

impl KeySession {
    /// The ciphertext of segment `index`, from IPFS, checked against the table of contents.
    pub async fn ciphertext(&self, index: u64) -> Result<Bytes> {
        let i = &self.inner;
        if let Some((_, c)) = self.state().ciphertexts.iter().find(|(n, _)| *n == index) {
            return Ok(c.clone());
        }
        let expected = i
            .toc
            .get(usize::try_from(index).unwrap_or(usize::MAX))
            .ok_or_else(|| NetError::BadSegment {
                index,
                reason: format!("the video has {} segments", i.toc.len()),
            })?;
        let cid: Cid = expected.parse().map_err(|source| NetError::Ipfs {
            what: format!("the CID of segment {index}"),
            source,
        })?;
        let data = paratii_ipfs::cat(i.ipfs.as_ref(), &cid)
            .await
            .map_err(|source| NetError::Ipfs {
                what: format!("segment {index} ({expected})"),
                source,
            })?;
        check_ciphertext(i.codec.as_ref(), index, expected, &data)?;
        let data = Bytes::from(data);
        let mut state = self.state();
        state.ciphertexts.push_back((index, data.clone()));
        if state.ciphertexts.len() > CIPHERTEXT_CACHE {
            state.ciphertexts.pop_front();
        }
        Ok(data)
    }
}

/// The directory and the table of contents of `format`, read from IPFS (every block verified).
pub async fn listing_from_ipfs(ipfs: &dyn Ipfs, cid: &str, format: &str) -> Result<Listing> {
    let ipfs_err = |what: String| move |source| NetError::Ipfs { what, source };
    let root: Cid = cid
        .parse()
        .map_err(ipfs_err(format!("the directory CID {cid}")))?;
    let directory = paratii_ipfs::cat(ipfs, &root)
        .await
        .map_err(ipfs_err(format!("the directory {cid}")))?;
    let formats: BTreeMap<String, String> =
        serde_json::from_slice(&directory).map_err(|e| NetError::Malformed {
            what: "directory",
            reason: e.to_string(),
        })?;
    let toc_cid = formats.get(format).ok_or_else(|| NetError::Malformed {
        what: "directory",
        reason: format!("no format {format:?}"),
    })?;
    let toc_root: Cid = toc_cid
        .parse()
        .map_err(ipfs_err(format!("the table of contents CID {toc_cid}")))?;
    let toc = paratii_ipfs::cat(ipfs, &toc_root)
        .await
        .map_err(ipfs_err(format!(
            "the table of contents of {format} ({toc_cid})"
        )))?;
    Ok(Listing {
        directory: Bytes::from(directory),
        toc: Bytes::from(toc),
    })
}
