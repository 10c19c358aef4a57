//! Proof of possession of a communication key (`UserRegistry.addKey`).

use alloy_primitives::{Address, B256};
use alloy_signer::SignerSync;

use crate::eip712::{Eip712Domain, key_ownership_digest};
use crate::error::Result;
use crate::sig::{self, Sig};

/// Signs `KeyOwnership(address wallet)` (`UserRegistry` domain) with the communication key being
/// registered for `wallet`. The result is the `proof` argument of `UserRegistry.addKey`.
pub fn sign_key_ownership<C: SignerSync + ?Sized>(
    user_registry: &Eip712Domain,
    wallet: Address,
    key: &C,
) -> Result<Sig> {
    Sig::sign(key, &key_ownership_digest(user_registry, wallet))
}

/// Recovers the key that signed a proof of possession for `wallet`.
pub fn recover_key_ownership(
    user_registry: &Eip712Domain,
    wallet: Address,
    proof: &Sig,
) -> Result<Address> {
    sig::recover("proof", proof, &key_ownership_digest(user_registry, wallet))
}

/// Checks a proof of possession for `wallet` was signed by `key`, as `UserRegistry.addKey` does.
pub fn verify_key_ownership(
    user_registry: &Eip712Domain,
    wallet: Address,
    proof: &Sig,
    key: Address,
) -> Result<()> {
    let digest: B256 = key_ownership_digest(user_registry, wallet);
    sig::verify("proof", "communication key", proof, &digest, key)
}
