//! The one error type of this crate.

use crate::cid::Cid;

/// Everything that can go wrong while importing, storing, fetching or verifying IPFS blocks.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IpfsError {
    /// The IPFS RPC endpoint or gateway could not be reached (connection refused, DNS,
    /// connect timeout...).
    #[error("IPFS API at {url} is unreachable: {reason}")]
    Unreachable {
        /// The API or gateway URL that was tried.
        url: String,
        /// What the HTTP client reported.
        reason: String,
    },

    /// The IPFS RPC endpoint answered with an error, or a gateway's answer was not what a
    /// trustless gateway sends (wrong content type, connection cut mid-body).
    #[error("IPFS API at {url} failed: {reason}")]
    Api {
        /// The API URL, or the gateway request's URL.
        url: String,
        /// The error message from the API or the client.
        reason: String,
    },

    /// An IPFS HTTP gateway answered a request with an HTTP status other than 200 (and other
    /// than 404/410, which are [`IpfsError::NotFound`]).
    #[error("IPFS gateway request {url} failed with HTTP {status}: {message}")]
    HttpStatus {
        /// The request's URL.
        url: String,
        /// The HTTP status code.
        status: u16,
        /// The start of the response body, or the status' reason phrase.
        message: String,
    },

    /// An IPFS HTTP gateway stopped sending: no response bytes for longer than the read timeout.
    #[error("IPFS gateway request {url} stalled: nothing received for {after:?}")]
    Timeout {
        /// The request's URL.
        url: String,
        /// The read timeout that expired.
        after: std::time::Duration,
    },

    /// The backend cannot store blocks (an HTTP gateway is read-only).
    #[error("IPFS backend at {url} is read-only: add through the block store or an RPC API")]
    ReadOnly {
        /// The backend's URL.
        url: String,
    },

    /// A CAR stream is truncated, malformed, exceeds a bound, or lacks a block of its DAG.
    #[error("invalid CAR from {origin}: {error}")]
    InvalidCar {
        /// Where the CAR came from (a gateway request's URL, a file name).
        origin: String,
        /// What is wrong with it.
        #[source]
        error: CarError,
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

/// What is wrong with a CARv1 stream. Offsets count bytes from the start of the stream.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CarError {
    /// The stream ended inside the header or inside a section.
    #[error("truncated at byte {offset}")]
    Truncated {
        /// Where the stream ended.
        offset: u64,
    },

    /// A varint, the dag-cbor header or a section's CID is not well formed (or not supported).
    #[error("malformed at byte {offset}: {reason}")]
    Malformed {
        /// Where the bad item starts.
        offset: u64,
        /// What is wrong.
        reason: String,
    },

    /// A length prefix exceeds its bound; nothing was buffered for it.
    #[error("{what} of {len} bytes at byte {offset} exceeds the limit of {max}")]
    TooLong {
        /// Where the length prefix starts.
        offset: u64,
        /// "header" or "section".
        what: &'static str,
        /// The length claimed.
        len: u64,
        /// The bound.
        max: u64,
    },

    /// A block reachable from the requested root is not in the CAR (a gateway cut the stream
    /// between two sections, or left a block out).
    #[error("block {0} of the DAG is missing")]
    MissingBlock(Cid),
}
