//! The one error type of this crate.

use crate::cid::Cid;

/// Everything that can go wrong while importing, storing, fetching or verifying IPFS blocks.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IpfsError {
    /// The IPFS RPC endpoint could not be reached (connection refused, DNS, timeout...).
    #[error("IPFS API at {url} is unreachable: {reason}")]
    Unreachable {
        /// The API URL that was tried.
        url: String,
        /// What the HTTP client reported.
        reason: String,
    },

    /// The IPFS RPC endpoint answered with an error.
    #[error("IPFS API at {url} failed: {reason}")]
    Api {
        /// The API URL.
        url: String,
        /// The error message from the API or the client.
        reason: String,
    },

    /// The API URL itself is malformed.
    #[error("invalid IPFS API URL {url:?}: {reason}")]
    InvalidUrl {
        /// The URL given.
        url: String,
        /// Why it was rejected.
        reason: String,
    },

    /// No block with this CID is available from the backend.
    #[error("block {0} not found")]
    NotFound(Cid),

    /// A block's bytes do not hash to the CID it was fetched under.
    #[error("block does not match its CID: expected {expected}, got {actual}")]
    CidMismatch {
        /// The CID the block was requested by.
        expected: Cid,
        /// The CID the received bytes actually have.
        actual: Cid,
    },

    /// A string or byte sequence is not a CID this crate supports.
    #[error("invalid CID {0:?}")]
    InvalidCid(String),

    /// A CID uses a codec or hash this crate does not read.
    #[error("unsupported CID {cid}: {reason}")]
    Unsupported {
        /// The CID.
        cid: Cid,
        /// What is not supported.
        reason: String,
    },

    /// A verified block is not a well-formed dag-pb / UnixFS file node.
    #[error("malformed block {cid}: {reason}")]
    Malformed {
        /// The block's CID.
        cid: Cid,
        /// What is wrong with it.
        reason: String,
    },

    /// A block or DAG the caller asked for exceeds a limit that guards memory.
    #[error("DAG under {cid} is too large: {reason}")]
    TooLarge {
        /// The root or block concerned.
        cid: Cid,
        /// Which limit was hit.
        reason: String,
    },

    /// A filesystem operation of the block store or CAR export failed.
    #[error("I/O error on {path}: {source}")]
    Io {
        /// The file or directory concerned.
        path: std::path::PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}
