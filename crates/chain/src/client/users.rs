//! `UserRegistry`: profiles and communication keys.

use alloy::primitives::{Address, B512, Bytes};
use alloy::signers::local::PrivateKeySigner;
use paratii_protocol::{KeyRecord, Sig};

use super::Client;
use crate::connection::TxInfo;
use crate::error::{ContractName::UserRegistry, Result};
use crate::records::WalletKey;

impl Client {
    /// Sets the wallet's profile metadata (JSON or a CID, at most 4,096 bytes).
    pub async fn set_profile(&self, metadata: &str) -> Result<TxInfo> {
        let registry = self.user_registry();
        let call = registry.setProfile(metadata.to_owned());
        self.transact(UserRegistry, call).await
    }

    /// `wallet`'s profile metadata.
    pub async fn profile(&self, wallet: Address) -> Result<String> {
        self.read(UserRegistry, self.user_registry().profileOf(wallet))
            .await
    }

    /// Registers communication key `key` for the wallet, with its proof of possession (the key
    /// signs `KeyOwnership(wallet)`).
    pub async fn add_key(&self, key: &PrivateKeySigner) -> Result<TxInfo> {
        let me = self.me()?;
        let proof =
            paratii_protocol::ownership::sign_key_ownership(&self.user_registry_domain(), me, key)?;
        self.add_key_with_proof(key.public_key(), &proof).await
    }

    /// Registers a communication key from its public key and a proof made elsewhere.
    pub async fn add_key_with_proof(&self, public_key: B512, proof: &Sig) -> Result<TxInfo> {
        let registry = self.user_registry();
        let call = registry.addKey(
            Bytes::copy_from_slice(public_key.as_slice()),
            Bytes::copy_from_slice(proof.as_bytes()),
        );
        self.transact(UserRegistry, call).await
    }

    /// Revokes one of the wallet's communication keys, for good.
    pub async fn revoke_key(&self, key: Address) -> Result<TxInfo> {
        self.transact(UserRegistry, self.user_registry().revokeKey(key))
            .await
    }

    /// The wallet a key belongs to (zero when unregistered) and whether it is active.
    pub async fn key_of(&self, key: Address) -> Result<KeyRecord> {
        let r = self
            .read(UserRegistry, self.user_registry().keyOf(key))
            .await?;
        Ok(KeyRecord {
            wallet: r.wallet,
            active: r.active,
        })
    }

    /// Every key `wallet` registered, active or revoked, with its public key.
    pub async fn keys_of_wallet(&self, wallet: Address) -> Result<Vec<WalletKey>> {
        let registry = self.user_registry();
        let keys = self
            .read(UserRegistry, registry.keysOfWallet(wallet))
            .await?;
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            let record = self.key_of(key).await?;
            let public = self.read(UserRegistry, registry.publicKeyOf(key)).await?;
            out.push(WalletKey {
                key,
                active: record.active,
                public_key: B512::try_from(public.as_ref()).unwrap_or_default(),
            });
        }
        Ok(out)
    }
}
