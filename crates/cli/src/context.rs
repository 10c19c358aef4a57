//! What every command needs: the keystore, passwords, the wallet and a chain client.

use std::path::PathBuf;
use std::time::Duration;

use alloy::primitives::Address;
use alloy::signers::local::PrivateKeySigner;
use eyre::eyre;
use paratii_chain::{Client, ClientConfig, Connection, Deployment};
use paratii_keys::{KeyKind, Keystore, PasswordSource};

use crate::args::Global;
use crate::commands::peer::KeyPassword;

/// The command's environment.
#[derive(Debug)]
pub(crate) struct Ctx {
    pub(crate) global: Global,
    pub(crate) keystore: Keystore,
}

/// `~/.paratii/<sub>`; `override_hint` says how to do without HOME.
fn paratii_dir(sub: &str, override_hint: &str) -> eyre::Result<PathBuf> {
    let home = std::env::var_os("HOME").ok_or_else(|| eyre!("HOME is not set: {override_hint}"))?;
    Ok(PathBuf::from(home).join(".paratii").join(sub))
}

fn default_keystore() -> eyre::Result<PathBuf> {
    paratii_dir("keystore", "pass --keystore DIR or set PARATII_KEYSTORE")
}

/// The data directory (uploads' work files, the library, the embedded block store): the one
/// given, else ~/.paratii/data.
pub(crate) fn data_dir(given: Option<&PathBuf>) -> eyre::Result<PathBuf> {
    match given {
        Some(dir) => Ok(dir.clone()),
        None => paratii_dir("data", "pass --data-dir DIR or set PARATII_DATA_DIR"),
    }
}

impl Ctx {
    pub(crate) fn new(global: Global) -> eyre::Result<Self> {
        let root = match &global.keystore {
            Some(dir) => dir.clone(),
            None => default_keystore()?,
        };
        Ok(Self {
            global,
            keystore: Keystore::new(root),
        })
    }

    pub(crate) const fn json(&self) -> bool {
        self.global.json
    }

    /// Where passwords come from: --password-file, --password-env, else a prompt.
    pub(crate) fn password_source(&self) -> PasswordSource {
        source(
            self.global.password_file.as_ref(),
            self.global.password_env.as_ref(),
        )
        .unwrap_or(PasswordSource::Prompt)
    }

    /// The communication key's password source: its own options, else the wallet's.
    pub(crate) fn key_password_source(&self, key: &KeyPassword) -> PasswordSource {
        source(
            key.key_password_file.as_ref(),
            key.key_password_env.as_ref(),
        )
        .unwrap_or_else(|| self.password_source())
    }

    pub(crate) fn wallet_name(&self) -> eyre::Result<&str> {
        self.global.wallet.as_deref().ok_or_else(|| {
            eyre!(
                "no wallet chosen: pass --wallet NAME or set PARATII_WALLET (`paratii keys list` shows the names)"
            )
        })
    }

    /// The wallet's address, read from its keystore without the password.
    pub(crate) fn wallet_address(&self) -> eyre::Result<Address> {
        let name = self.wallet_name()?;
        self.keystore
            .address(KeyKind::Wallet, name)?
            .map_or_else(|| self.unlock_wallet().map(|w| w.address()), Ok)
    }

    /// `address`, or the wallet's when absent.
    pub(crate) fn address_or_wallet(&self, address: Option<&str>) -> eyre::Result<Address> {
        match address {
            Some(text) => parse_address(text),
            None => self.wallet_address(),
        }
    }

    pub(crate) fn unlock_wallet(&self) -> eyre::Result<PrivateKeySigner> {
        let name = self.wallet_name()?;
        let password = self
            .password_source()
            .read(&format!("wallet key {name:?}"))?;
        Ok(self
            .keystore
            .unlock(KeyKind::Wallet, name, &password)?
            .signer)
    }

    pub(crate) fn unlock_comm(
        &self,
        name: &str,
        key: &KeyPassword,
    ) -> eyre::Result<PrivateKeySigner> {
        let password = self
            .key_password_source(key)
            .read(&format!("communication key {name:?}"))?;
        Ok(self.keystore.unlock(KeyKind::Comm, name, &password)?.signer)
    }

    /// An address, or the address of a communication key named so in the keystore.
    pub(crate) fn comm_key_address(&self, text: &str) -> eyre::Result<Address> {
        if let Ok(address) = text.parse::<Address>() {
            return Ok(address);
        }
        self.keystore.address(KeyKind::Comm, text)?.ok_or_else(|| {
            eyre!("the keystore of communication key {text:?} records no address: pass the key's address instead")
        })
    }

    fn config(&self) -> ClientConfig {
        ClientConfig {
            receipt_timeout: Duration::from_secs(self.global.timeout),
            ..ClientConfig::default()
        }
    }

    /// A client on --rpc-url bound to the deployment; with the unlocked wallet when `signing`.
    pub(crate) async fn client(&self, signing: bool) -> eyre::Result<Client> {
        let wallet = if signing {
            Some(self.unlock_wallet()?)
        } else {
            None
        };
        let url = &self.global.rpc_url;
        // The error names the URL already ("RPC error during connecting to URL").
        let conn = Connection::connect_with(url, wallet, self.config()).await?;
        let client = match &self.global.deployment {
            Some(path) => {
                let deployment = Deployment::load(path)?;
                conn.attach(deployment).await?
            }
            None => conn.attach_from_dir(&self.global.deployments_dir).await?,
        };
        Ok(client)
    }
}

fn source(file: Option<&PathBuf>, env: Option<&String>) -> Option<PasswordSource> {
    file.map(|f| PasswordSource::File(f.clone()))
        .or_else(|| env.map(|v| PasswordSource::Env(v.clone())))
}

/// Parses an address.
pub(crate) fn parse_address(text: &str) -> eyre::Result<Address> {
    text.parse()
        .map_err(|_| eyre!("{text:?} is not an address (0x followed by 40 hex digits)"))
}
