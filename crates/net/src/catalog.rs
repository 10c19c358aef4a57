//! What a peer serves ([`Catalog`]) and how a receiver checks it ([`ContentCodec`]).
//!
//! Both are traits so the network code does not depend on how videos are stored: the CLI adapts
//! the publisher's `paratii_media::Library` and `paratii_ipfs::import`; tests build a catalog from
//! bytes they make.

use std::collections::BTreeMap;

use bytes::Bytes;

use crate::error::{NetError, Result};

/// The length of an HLS AES-128 key.
pub const KEY_LEN: usize = 16;

/// The directory and one table of contents, byte for byte as added to IPFS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// The directory JSON (`{"720p30": "<ToC CID>", …}`); its CID is the video's registered CID.
    pub directory: Bytes,
    /// The table of contents JSON (`["<segment CID>", …]`) of the requested format.
    pub toc: Bytes,
}

/// One encrypted segment and its key, kept in its delivered form (key ‖ ciphertext, delivery mode
/// `bytes`): a delivery then hands out the one buffer instead of copying each segment into a new
/// one (a tenth of the publisher's CPU per MiB went to that copy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    delivered: Bytes,
}

impl Sealed {
    /// `key` with `ciphertext`, copied into the delivered form.
    pub fn new(key: [u8; KEY_LEN], ciphertext: &[u8]) -> Self {
        let mut delivered = Vec::with_capacity(KEY_LEN + ciphertext.len());
        delivered.extend_from_slice(&key);
        delivered.extend_from_slice(ciphertext);
        Self {
            delivered: delivered.into(),
        }
    }

    /// A segment already in the delivered form: `delivered` starts with the key. Build it with
    /// the key first and the ciphertext appended (e.g. by `paratii_ipfs::cat_into`) to avoid a
    /// copy.
    pub fn from_delivered(index: u64, delivered: impl Into<Bytes>) -> Result<Self> {
        let delivered = delivered.into();
        if delivered.len() < KEY_LEN {
            return Err(NetError::BadSegment {
                index,
                reason: format!("{} bytes, shorter than a key", delivered.len()),
            });
        }
        Ok(Self { delivered })
    }

    /// The AES-128 key of this segment.
    pub fn key(&self) -> [u8; KEY_LEN] {
        let mut key = [0; KEY_LEN];
        key.copy_from_slice(&self.delivered[..KEY_LEN]);
        key
    }

    /// The ciphertext, whose CID is in the table of contents (shares the buffer).
    pub fn ciphertext(&self) -> Bytes {
        self.delivered.slice(KEY_LEN..)
    }

    /// The delivered form, key ‖ ciphertext (shares the buffer).
    pub fn delivered(&self) -> Bytes {
        self.delivered.clone()
    }
}

/// The videos a publisher or advertiser serves.
pub trait Catalog: Send + Sync {
    /// The directory and the table of contents of `format` of the video whose directory CID is `cid`.
    fn listing(&self, cid: &str, format: &str) -> Result<Listing>;
    /// Segment `index` (0-based) of `format`.
    fn segment(&self, cid: &str, format: &str, index: u64) -> Result<Sealed>;
    /// Only the AES key of segment `index` (delivery mode `keys`). The default reads the whole
    /// segment; a catalog that derives keys should not touch the ciphertext.
    fn key(&self, cid: &str, format: &str, index: u64) -> Result<[u8; KEY_LEN]> {
        self.segment(cid, format, index).map(|s| s.key())
    }
    /// Whether this catalog can deliver `format` of `cid` at all (its keys unlock), checked
    /// before a channel opens. The default: whatever it lists, it can sell.
    fn can_sell(&self, cid: &str, format: &str) -> Result<()> {
        self.listing(cid, format).map(drop)
    }
}

/// Content addressing and decryption, for checking what was received.
pub trait ContentCodec: Send + Sync {
    /// The CID of `data` added as one file, in the same CID version as `like`.
    fn cid(&self, data: &[u8], like: &str) -> Result<String>;
    /// Decrypts segment `index` (HLS AES-128, IV = index).
    fn decrypt(&self, key: &[u8; KEY_LEN], index: u64, ciphertext: &[u8]) -> Result<Vec<u8>>;
}

/// Checks a listing against the registered directory CID and returns the format's segment CIDs.
pub fn verify_listing(
    codec: &dyn ContentCodec,
    directory_cid: &str,
    format: &str,
    listing: &Listing,
) -> Result<Vec<String>> {
    let actual = codec.cid(&listing.directory, directory_cid)?;
    if actual != directory_cid {
        return Err(NetError::CidMismatch {
            what: "directory".into(),
            expected: directory_cid.to_owned(),
            actual,
        });
    }
    let directory: BTreeMap<String, String> =
        serde_json::from_slice(&listing.directory).map_err(|e| NetError::Malformed {
            what: "directory",
            reason: e.to_string(),
        })?;
    let toc_cid = directory.get(format).ok_or_else(|| NetError::Malformed {
        what: "directory",
        reason: format!("no format {format:?}"),
    })?;
    let actual = codec.cid(&listing.toc, directory_cid)?;
    if &actual != toc_cid {
        return Err(NetError::CidMismatch {
            what: format!("table of contents of {format}"),
            expected: toc_cid.clone(),
            actual,
        });
    }
    serde_json::from_slice(&listing.toc).map_err(|e| NetError::Malformed {
        what: "table of contents",
        reason: e.to_string(),
    })
}

/// Checks a ciphertext against its CID (from the table of contents).
pub fn check_ciphertext(
    codec: &dyn ContentCodec,
    index: u64,
    expected_cid: &str,
    ciphertext: &[u8],
) -> Result<()> {
    let actual = codec.cid(ciphertext, expected_cid)?;
    if actual != expected_cid {
        return Err(NetError::CidMismatch {
            what: format!("segment {index}"),
            expected: expected_cid.to_owned(),
            actual,
        });
    }
    Ok(())
}

/// A delivered key (delivery mode `keys`): exactly [`KEY_LEN`] bytes.
pub fn key_of_blob(index: u64, blob: &[u8]) -> Result<[u8; KEY_LEN]> {
    <[u8; KEY_LEN]>::try_from(blob).map_err(|_| NetError::BadSegment {
        index,
        reason: format!("a key is {KEY_LEN} bytes, got {}", blob.len()),
    })
}

/// Checks a delivered segment (key || ciphertext) against its CID and decrypts it.
pub fn open_segment(
    codec: &dyn ContentCodec,
    index: u64,
    expected_cid: &str,
    data: &[u8],
) -> Result<Vec<u8>> {
    if data.len() < KEY_LEN {
        return Err(NetError::BadSegment {
            index,
            reason: format!("{} bytes, shorter than a key", data.len()),
        });
    }
    let (key, ciphertext) = data.split_at(KEY_LEN);
    check_ciphertext(codec, index, expected_cid, ciphertext)?;
    codec.decrypt(&key_of_blob(index, key)?, index, ciphertext)
}

/// [`open_segment`] for each segment of a delivery, on as many threads as there are cores (each
/// is a CID check and an AES decryption of up to a few MiB), in index order. A segment missing
/// from `toc` is an error of its own.
pub fn open_segments(
    codec: &dyn ContentCodec,
    toc: &[String],
    segments: &BTreeMap<u64, alloy::primitives::Bytes>,
) -> Vec<(u64, Result<Vec<u8>>)> {
    let open = |index: u64, data: &alloy::primitives::Bytes| {
        open_segment(codec, index, toc_entry(toc, index)?, data)
    };
    let items: Vec<(u64, &alloy::primitives::Bytes)> =
        segments.iter().map(|(i, d)| (*i, d)).collect();
    paratii_protocol::cores::map_on_cores(&items, |(i, d)| (*i, open(*i, d)))
}

/// Segment `index`'s CID in `toc`, or the error of a segment the video does not have.
pub(crate) fn toc_entry(toc: &[String], index: u64) -> Result<&String> {
    usize::try_from(index)
        .ok()
        .and_then(|i| toc.get(i))
        .ok_or_else(|| NetError::BadSegment {
            index,
            reason: format!("the video has {} segments", toc.len()),
        })
}

/// What a bytes-mode delivery of `segments` is signed over (PROTOCOL R27): each segment's key
/// with its ciphertext's CID in `toc`, in index order. A segment shorter than a key, or outside
/// the table of contents, is an error of its own.
pub fn sealed_hashes(
    toc: &[String],
    segments: &BTreeMap<u64, alloy::primitives::Bytes>,
) -> Result<Vec<alloy::primitives::B256>> {
    segments
        .iter()
        .map(|(&index, data)| {
            let cid = toc_entry(toc, index)?;
            let key = data.get(..KEY_LEN).ok_or_else(|| NetError::BadSegment {
                index,
                reason: format!("{} bytes, shorter than a key", data.len()),
            })?;
            Ok(paratii_protocol::sealed_segment_hash(key, cid))
        })
        .collect()
}

/// A catalog with no videos: a viewer's peer that only takes attention bids.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoVideos;

impl Catalog for NoVideos {
    fn listing(&self, cid: &str, _format: &str) -> Result<Listing> {
        Err(NetError::Catalog(format!(
            "this peer sells no video (asked for {cid})"
        )))
    }

    fn segment(&self, cid: &str, _format: &str, _index: u64) -> Result<Sealed> {
        Err(NetError::Catalog(format!(
            "this peer sells no video (asked for {cid})"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_segment_is_its_key_then_its_ciphertext_in_one_buffer() {
        let key = [7u8; KEY_LEN];
        let sealed = Sealed::new(key, b"ciphertext");
        assert_eq!(sealed.key(), key);
        assert_eq!(sealed.ciphertext().as_ref(), b"ciphertext");
        assert_eq!(&sealed.delivered()[..KEY_LEN], &key);
        assert_eq!(&sealed.delivered()[KEY_LEN..], b"ciphertext");
        // Handing it out shares the buffer: the delivery is not a copy.
        assert_eq!(sealed.delivered().as_ptr(), sealed.delivered().as_ptr());
        assert_eq!(
            sealed.ciphertext().as_ptr(),
            sealed.delivered()[KEY_LEN..].as_ptr()
        );
        assert_eq!(
            Sealed::from_delivered(3, sealed.delivered()).unwrap(),
            sealed
        );
        assert!(matches!(
            Sealed::from_delivered(3, vec![0u8; KEY_LEN - 1]),
            Err(NetError::BadSegment { index: 3, .. })
        ));
        // A key with an empty ciphertext is a (zero-length) segment.
        assert!(
            Sealed::from_delivered(0, vec![1u8; KEY_LEN])
                .unwrap()
                .ciphertext()
                .is_empty()
        );
    }
}
