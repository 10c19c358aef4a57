//! Signature checks at the speed of libsecp256k1, for the publisher's hot path.
//!
//! A payment's wallet signature is made by a wallet whose public key the publisher learned once,
//! when it recovered the bid's wallet signature. Verifying against that key is one ECDSA
//! verification, which libsecp256k1 does about six times faster than k256 recovers a key. The
//! digests and the signature encoding are those of [`crate::sig`]: 65 bytes, low `s`.

use alloy_primitives::{Address, B256, keccak256};
use secp256k1::ecdsa::{RecoverableSignature, RecoveryId, Signature};
use secp256k1::{Message, PublicKey};

use crate::sig::{Sig, SignatureFault};

/// A signer's public key, ready to verify its signatures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerifyingKey {
    key: PublicKey,
    address: Address,
}

impl VerifyingKey {
    /// Recovers the key that made `sig` over `digest` (once, when it is not known yet).
    pub fn recover(sig: &Sig, digest: &B256) -> Result<Self, SignatureFault> {
        let bytes = sig.as_bytes();
        let id = RecoveryId::try_from(i32::from(bytes[64] - 27))
            .map_err(|_| SignatureFault::V(bytes[64]))?;
        let recoverable = RecoverableSignature::from_compact(&bytes[..64], id)
            .map_err(|_| SignatureFault::Unrecoverable)?;
        let key = recoverable
            .recover(&Message::from_digest(digest.0))
            .map_err(|_| SignatureFault::Unrecoverable)?;
        Ok(Self::from_public_key(key))
    }

    /// A key from its 64-byte uncompressed form (`x || y`, as `UserRegistry` stores it).
    pub fn from_uncompressed(xy: &[u8; 64]) -> Result<Self, SignatureFault> {
        let mut sec1 = [0u8; 65];
        sec1[0] = 4;
        sec1[1..].copy_from_slice(xy);
        PublicKey::from_slice(&sec1)
            .map(Self::from_public_key)
            .map_err(|_| SignatureFault::Unrecoverable)
    }

    fn from_public_key(key: PublicKey) -> Self {
        let uncompressed = key.serialize_uncompressed();
        let address = Address::from_slice(&keccak256(&uncompressed[1..])[12..]);
        Self { key, address }
    }

    /// The Ethereum address of the key.
    pub const fn address(&self) -> Address {
        self.address
    }

    /// Whether `sig` over `digest` was made by this key: one ECDSA verification, no recovery.
    /// `v` is not needed to verify; [`Sig`] already refused bad `v` and high `s` when parsed.
    pub fn verify(&self, sig: &Sig, digest: &B256) -> bool {
        Signature::from_compact(&sig.as_bytes()[..64]).is_ok_and(|s| {
            secp256k1::SECP256K1
                .verify_ecdsa(&Message::from_digest(digest.0), &s, &self.key)
                .is_ok()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy_signer_local::PrivateKeySigner;
    use proptest::prelude::*;

    proptest! {
        /// libsecp256k1 agrees with the k256 path of `Sig::recover` on every digest and key.
        #[test]
        fn recover_and_verify_agree_with_k256(seed in any::<[u8; 32]>(), digest in any::<[u8; 32]>()) {
            prop_assume!(seed != [0u8; 32]);
            let Ok(signer) = PrivateKeySigner::from_slice(&seed) else { return Ok(()) };
            let digest = B256::from(digest);
            let sig = Sig::sign(&signer, &digest).unwrap();
            let key = VerifyingKey::recover(&sig, &digest).unwrap();
            prop_assert_eq!(key.address(), signer.address());
            prop_assert_eq!(sig.recover(&digest).unwrap(), signer.address());
            prop_assert!(key.verify(&sig, &digest));
            let other = B256::from(keccak256(digest));
            prop_assert!(!key.verify(&sig, &other));
            let pk = signer.public_key();
            let xy: [u8; 64] = pk.0;
            prop_assert_eq!(VerifyingKey::from_uncompressed(&xy).unwrap(), key);
        }
    }
}
