//! The crate's error type.

use std::path::PathBuf;

use alloy::primitives::{Address, B256};
use libp2p::{Multiaddr, PeerId};

use crate::wire::Rejection;

/// Every failure of a peer.
#[derive(Debug, thiserror::Error)]
pub enum NetError {
    /// A chain call failed.
    #[error(transparent)]
    Chain(Box<paratii_chain::ChainError>),
    /// A message failed to decode or verify.
    #[error(transparent)]
    Protocol(Box<paratii_protocol::ProtocolError>),
    /// A key could not be turned into a libp2p identity.
    #[error(transparent)]
    Keys(#[from] paratii_keys::KeysError),
    /// Building the transport failed.
    #[error("libp2p transport: {0}")]
    Transport(String),
    /// Listening failed.
    #[error("cannot listen on {addr}: {reason}")]
    Listen {
        /// The address.
        addr: Multiaddr,
        /// Why.
        reason: String,
    },
    /// An outbound request failed (dial failure, timeout, closed connection, I/O).
    #[error("request to {peer} on {protocol} failed: {reason}")]
    Request {
        /// The remote peer.
        peer: PeerId,
        /// The protocol name.
        protocol: &'static str,
        /// Why.
        reason: String,
    },
    /// An IPFS read failed (source unreachable, block missing, or a block that is not what its
    /// CID says).
    #[error("IPFS: {what}: {source}")]
    Ipfs {
        /// What was being read.
        what: String,
        /// Why it failed.
        source: paratii_ipfs::IpfsError,
    },
    /// The publisher cannot be reached at any address it publishes.
    #[error("the publisher {peer} seems to be offline: nothing answers at {}", addrs.join(", "))]
    PublisherOffline {
        /// Its PeerId.
        peer: PeerId,
        /// The addresses tried.
        addrs: Vec<String>,
    },
    /// The viewer an advertiser bids to cannot be reached at any address it publishes.
    #[error("the viewer {peer} seems to be offline: nothing answers at {}", addrs.join(", "))]
    ViewerOffline {
        /// Its PeerId.
        peer: PeerId,
        /// The addresses tried.
        addrs: Vec<String>,
    },
    /// The viewer an advertiser bids to publishes no address: it is not serving, so it takes no
    /// ads.
    #[error(
        "viewer {wallet} is not taking ads: its profile publishes no address for its peer {peer}, so it is not serving"
    )]
    ViewerNotServing {
        /// The viewer's wallet.
        wallet: Address,
        /// The PeerId of its communication key.
        peer: PeerId,
    },
    /// The free balance in PaymentChannel does not cover the escrow a bid needs.
    #[error("your deposit of {available} does not cover the {required} this video needs at that rate (rate x duration)", available = paratii_protocol::format_pti(*.available), required = paratii_protocol::format_pti(*.required))]
    InsufficientDeposit {
        /// The free balance, wei.
        available: alloy::primitives::U256,
        /// rate x duration, wei.
        required: alloy::primitives::U256,
    },
    /// A delivered key does not decrypt its segment: the publisher sold a wrong key.
    #[error("the publisher sent a key for segment {index} that does not decrypt it ({reason})")]
    BadKey {
        /// The segment index.
        index: u64,
        /// What decryption said.
        reason: String,
    },
    /// The session ended (Stop, or the person closed the player); nothing more is paid.
    #[error("the session has ended")]
    SessionEnded,
    /// An earlier error ended the session; nothing more is paid.
    #[error("the session stopped after an error: {0}")]
    SessionFailed(String),
    /// The publisher said it closed the channel, but the chain still has it open.
    #[error("the publisher answered that channel {0} is closed, but it is still open on chain")]
    ChannelStillOpen(B256),
    /// No connection to the peer could be made at any of its addresses.
    #[error("cannot reach {peer} for {protocol}: no address answered")]
    DialFailed {
        /// The remote peer.
        peer: PeerId,
        /// The protocol name.
        protocol: &'static str,
    },
    /// The person watching stopped (closed the player, pressed Stop) before the exchange ended.
    #[error("the viewer stopped watching: {0}")]
    ViewerStopped(String),
    /// The network task stopped.
    #[error("the network task stopped")]
    Stopped,
    /// The remote peer refused.
    #[error("the peer refused: {0}")]
    Rejected(Rejection),
    /// A message could not be understood.
    #[error("malformed {what}: {reason}")]
    Malformed {
        /// What.
        what: &'static str,
        /// Why.
        reason: String,
    },
    /// The video is not registered.
    #[error("video {0} is not registered in VideoRegistry")]
    UnknownVideo(B256),
    /// The video was unlisted.
    #[error("video {0} is unlisted")]
    Unlisted(B256),
    /// The video has no such format.
    #[error("video {video} has no format {format:?} (it has {available:?})")]
    UnknownFormat {
        /// The video id.
        video: B256,
        /// The format asked for.
        format: String,
        /// The registered formats.
        available: Vec<String>,
    },
    /// A communication key is unregistered or revoked.
    #[error("communication key {key} is not active (wallet {wallet})")]
    KeyInactive {
        /// The key.
        key: Address,
        /// Its wallet (zero when unregistered).
        wallet: Address,
    },
    /// A wallet has no active communication key.
    #[error("wallet {0} has no active communication key")]
    NoActiveKey(Address),
    /// A peer published no address.
    #[error(
        "wallet {wallet}'s profile publishes no address for peer {peer}: that peer is not serving"
    )]
    NoAddress {
        /// The wallet whose profile was read.
        wallet: Address,
        /// The peer.
        peer: PeerId,
    },
    /// An address given for a video's publisher names a peer that is not one of its keys.
    #[error(
        "address {addr} names peer {peer}, which is not an active communication key of the \
         publisher {publisher}: give an address of one of its servers"
    )]
    NotPublisherPeer {
        /// The address.
        addr: String,
        /// The peer it names.
        peer: PeerId,
        /// The video's publishing wallet.
        publisher: Address,
    },
    /// An address names another peer than the registered key's.
    #[error("address {addr} names peer {got}, but the registered key is peer {expected}")]
    PeerIdMismatch {
        /// The address.
        addr: String,
        /// The PeerId derived from the registered key.
        expected: String,
        /// The PeerId in the address.
        got: String,
    },
    /// Content does not hash to its CID.
    #[error("{what}: CID mismatch, expected {expected}, computed {actual}")]
    CidMismatch {
        /// What was checked.
        what: String,
        /// The CID it should have.
        expected: String,
        /// The CID it has.
        actual: String,
    },
    /// A delivered segment is unusable.
    #[error("segment {index}: {reason}")]
    BadSegment {
        /// The segment index.
        index: u64,
        /// Why.
        reason: String,
    },
    /// A delivery carried other segments than the ones paid for or requested.
    #[error("delivery carries segments {got:?}, expected a subset of {expected:?}")]
    UnexpectedSegments {
        /// The indices expected.
        expected: std::ops::Range<u64>,
        /// The indices received.
        got: Vec<u64>,
    },
    /// An attention delivery pays less than what it delivers.
    #[error("attention delivery pays {balance} segments but delivers up to segment {last}")]
    Underpaid {
        /// The balance offered.
        balance: u64,
        /// The highest index delivered.
        last: u64,
    },
    /// The catalog cannot serve something.
    #[error("catalog: {0}")]
    Catalog(String),
    /// A segment the catalog lists is not in its store (or the index is past the end).
    #[error("segment {index} of {format} of video {cid} is missing from the store")]
    MissingSegment {
        /// The video's directory CID.
        cid: String,
        /// The format.
        format: String,
        /// The segment index.
        index: u64,
    },
    /// Decryption failed.
    #[error("cannot decrypt segment {index}: {reason}")]
    Decrypt {
        /// The segment index.
        index: u64,
        /// Why.
        reason: String,
    },
    /// The channel the peer names is not open on chain.
    #[error("channel {0} is not open on chain")]
    ChannelNotOpen(B256),
    /// The peer answered with another channel id than the bid's.
    #[error("the peer opened channel {got}, the bid's id is {expected}")]
    ChannelIdMismatch {
        /// The bid digest.
        expected: B256,
        /// What the peer said.
        got: B256,
    },
    /// The channel store failed (the payment it was for was not answered).
    #[error("channel store {path}: {reason}")]
    Store {
        /// The database file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A file could not be written or read.
    // The cause is said here and not returned as the source as well: a report that prints the
    // chain would say it twice ("Not a directory (os error 20): Not a directory (os error 20)").
    #[error("{}: {error}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The error.
        error: std::io::Error,
    },
}

/// `Result` with [`NetError`].
pub type Result<T, E = NetError> = std::result::Result<T, E>;

impl From<paratii_chain::ChainError> for NetError {
    fn from(e: paratii_chain::ChainError) -> Self {
        Self::Chain(Box::new(e))
    }
}

impl From<paratii_protocol::ProtocolError> for NetError {
    fn from(e: paratii_protocol::ProtocolError) -> Self {
        Self::Protocol(Box::new(e))
    }
}

impl NetError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.into();
        move |error| Self::Io { path, error }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report printing the chain of causes says an I/O error once.
    #[test]
    fn an_io_error_is_said_once() {
        let e = NetError::io("/tmp/out/240p30")(std::io::Error::from_raw_os_error(20));
        let text = e.to_string();
        assert_eq!(text.matches("os error 20").count(), 1, "{text}");
        assert!(text.starts_with("/tmp/out/240p30: "), "{text}");
        assert!(std::error::Error::source(&e).is_none());
    }
}
