//! The JSON objects added to IPFS: a table of contents per format and the directory.

use std::collections::BTreeMap;

use paratii_ipfs::Cid;
use serde::{Deserialize, Serialize};

use crate::error::{MediaError, Result};

/// A format's segment CIDs in order. JSON: `["Qm…", "Qm…"]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TableOfContents(pub Vec<Cid>);

/// Format name -> table-of-contents CID. JSON: `{"240p30": "Qm…", "360p30": "Qm…"}`, keys sorted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Directory(pub BTreeMap<String, Cid>);

fn decode<T: for<'de> Deserialize<'de>>(what: &str, bytes: &[u8]) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| MediaError::Json {
        what: what.to_owned(),
        reason: e.to_string(),
    })
}

impl TableOfContents {
    /// The exact bytes added to IPFS: compact JSON, so the CID depends only on the segment CIDs.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Parses the JSON fetched from IPFS.
    pub fn from_json(bytes: &[u8]) -> Result<Self> {
        decode("a table of contents", bytes)
    }
}

impl Directory {
    /// The exact bytes added to IPFS: compact JSON with sorted keys.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Parses the JSON fetched from IPFS.
    pub fn from_json(bytes: &[u8]) -> Result<Self> {
        decode("a directory", bytes)
    }
}
