//! The one error type of this crate.

use alloy_primitives::{Address, B256};
use paratii_chain::ChainError;
use paratii_ipfs::IpfsError;
use paratii_media::MediaError;

use crate::limits::LimitError;

/// Everything that can stop an upload. Each step fails before the next starts, so the variant
/// tells how far it got: a [`UploadError::Limit`] before anything was read, an
/// [`UploadError::OwnerKeyNotActive`] before anything was transcoded, and none of them after a
/// transaction was sent.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum UploadError {
    /// A VideoRegistry limit (checked before transcoding, and on the result before registering).
    #[error(transparent)]
    Limit(#[from] LimitError),

    /// Probing, transcoding, encrypting or adding to the local store failed.
    #[error(transparent)]
    Media(#[from] MediaError),

    /// An IPFS node failed (unreachable, CID mismatch...).
    #[error(transparent)]
    Ipfs(#[from] IpfsError),

    /// A chain call failed.
    #[error(transparent)]
    Chain(#[from] ChainError),

    /// The owner key is not an active key of the publishing wallet: the registration would
    /// revert, so nothing is transcoded.
    #[error(
        "communication key {key} is not an active key of wallet {wallet} ({state}): register it with `paratii user add-key NAME`, or pass an active one with --key; nothing was transcoded"
    )]
    OwnerKeyNotActive {
        /// The key.
        key: Address,
        /// The publishing wallet.
        wallet: Address,
        /// What the UserRegistry says of it.
        state: String,
    },

    /// The video id is registered by another wallet: nothing was sent.
    #[error("video {video_id} is already registered by {publisher}, not by {us}: nothing was sent")]
    RegisteredBySomeoneElse {
        /// The id.
        video_id: B256,
        /// The wallet that registered it.
        publisher: Address,
        /// Our wallet.
        us: Address,
    },
}

/// Shorthand for results of this crate.
pub type Result<T, E = UploadError> = core::result::Result<T, E>;
