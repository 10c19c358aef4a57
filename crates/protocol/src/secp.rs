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

    /// The 64-byte uncompressed form (`x || y`).
    pub fn uncompressed(&self) -> [u8; 64] {
        let mut out = [0u8; 64];
        out.copy_from_slice(&self.key.serialize_uncompressed()[1..]);
        out
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

/// A signing key on libsecp256k1: RFC 6979 signatures, the same bytes as alloy's k256 signer
/// gives (checked in the tests), several times faster. Hot paths sign with it: the publisher's
/// deliveries, the load generator's payments.
#[derive(Clone)]
pub struct SigningKey {
    secret: secp256k1::SecretKey,
    address: Address,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("address", &self.address)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// The key of a 32-byte secret.
    pub fn from_bytes(secret: &[u8; 32]) -> Result<Self, SignatureFault> {
        let secret =
            secp256k1::SecretKey::from_slice(secret).map_err(|_| SignatureFault::Unrecoverable)?;
        let public = PublicKey::from_secret_key(secp256k1::SECP256K1, &secret);
        Ok(Self {
            secret,
            address: VerifyingKey::from_public_key(public).address(),
        })
    }

    /// Its address.
    pub const fn address(&self) -> Address {
        self.address
    }
}

impl alloy_signer::SignerSync for SigningKey {
    fn sign_hash_sync(&self, hash: &B256) -> alloy_signer::Result<alloy_primitives::Signature> {
        let (id, compact) = secp256k1::SECP256K1
            .sign_ecdsa_recoverable(&Message::from_digest(hash.0), &self.secret)
            .serialize_compact();
        let mut bytes = [0u8; 65];
        bytes[..64].copy_from_slice(&compact);
        bytes[64] = u8::try_from(i32::from(id)).unwrap_or(0);
        alloy_primitives::Signature::from_raw(&bytes).map_err(alloy_signer::Error::other)
    }

    fn chain_id_sync(&self) -> Option<u64> {
        None
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
            // libsecp256k1's signing key signs the very bytes k256 does (RFC 6979).
            let fast = SigningKey::from_bytes(&seed).unwrap();
            prop_assert_eq!(fast.address(), signer.address());
            prop_assert_eq!(Sig::sign(&fast, &digest).unwrap(), sig);
        }
    }
}
