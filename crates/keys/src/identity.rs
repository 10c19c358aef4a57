//! libp2p identities of secp256k1 keys.

use alloy_primitives::B512;
use alloy_signer_local::PrivateKeySigner;
pub use libp2p_identity::PeerId;
use zeroize::Zeroizing;

use crate::error::{KeysError, Result};

/// The libp2p PeerId of a secp256k1 public key given as 64 bytes `x || y` (as `UserRegistry`
/// stores it): the identity multihash of the protobuf-encoded compressed key, `16Uiu2…` in base58.
pub fn peer_id(public_key: &B512) -> Result<PeerId> {
    let mut sec1 = [0u8; 65];
    sec1[0] = 0x04;
    sec1[1..].copy_from_slice(public_key.as_slice());
    let key = libp2p_identity::secp256k1::PublicKey::try_from_bytes(&sec1)
        .map_err(|_| KeysError::InvalidPublicKey)?;
    Ok(libp2p_identity::PublicKey::from(key).to_peer_id())
}

/// The PeerId of a signer's key.
pub fn peer_id_of_signer(signer: &PrivateKeySigner) -> PeerId {
    // A signer's public key is always a valid point.
    peer_id(&signer.public_key())
        .unwrap_or_else(|_| unreachable!("a signer's public key is on the curve"))
}

/// The libp2p keypair of a signer's key (same secret, same PeerId).
pub fn libp2p_keypair(signer: &PrivateKeySigner) -> Result<libp2p_identity::Keypair> {
    let mut secret = Zeroizing::new(signer.to_bytes().0);
    let secret = libp2p_identity::secp256k1::SecretKey::try_from_bytes(secret.as_mut_slice())
        .map_err(|_| KeysError::InvalidPrivateKey)?;
    Ok(libp2p_identity::secp256k1::Keypair::from(secret).into())
}
