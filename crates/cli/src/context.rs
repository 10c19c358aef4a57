//! What every command needs: the keystore, passwords, the wallet and a chain client.

use std::path::PathBuf;
use std::time::Duration;

use alloy::primitives::Address;
use alloy::signers::local::PrivateKeySigner;
use eyre::{WrapErr, eyre};
use paratii_chain::bindings::payment_channel::PaymentChannel::PaymentChannelErrors;
use paratii_chain::{ChainError, Client, ClientConfig, Connection, ContractError, Deployment};
use paratii_keys::{KeyKind, KeysError, Keystore, PasswordSource};

use crate::args::{Global, KeyPassword};

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
        let conn = Connection::connect_with(url, wallet, self.config())
            .await
            .wrap_err_with(|| format!("connecting to {url}"))?;
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

/// What to do next about an error, when something useful can be said.
pub fn hint(report: &eyre::Report) -> Option<String> {
    for cause in report.chain() {
        if let Some(e) = cause.downcast_ref::<ChainError>() {
            return chain_hint(e);
        }
        if let Some(e) = cause.downcast_ref::<KeysError>() {
            return keys_hint(e);
        }
    }
    None
}

fn chain_hint(e: &ChainError) -> Option<String> {
    if e.is_unreachable() {
        return Some(
            "start a local dev-net with `paratii devnet`, or pass --rpc-url URL (or set PARATII_RPC_URL)"
                .into(),
        );
    }
    match e {
        ChainError::NoWallet => Some("pass --wallet NAME (see `paratii keys list`)".into()),
        ChainError::ChainMismatch { .. } | ChainError::MissingContract { .. } => Some(
            "the deployment record does not match this chain: restart `paratii devnet`, or pass the right --deployment"
                .into(),
        ),
        ChainError::ReceiptTimeout { .. } => {
            Some("raise --timeout, or check the transaction later".into())
        }
        ChainError::Revert { error, .. } => revert_hint(error),
        _ => None,
    }
}

fn revert_hint(error: &ContractError) -> Option<String> {
    use paratii_chain::bindings::pti::PTI::PTIErrors;
    use paratii_chain::bindings::user_registry::UserRegistry::UserRegistryErrors;
    use paratii_chain::bindings::video_registry::VideoRegistry::VideoRegistryErrors;
    let text = match error {
        ContractError::PaymentChannel(e) => match e {
            PaymentChannelErrors::InsufficientBalance(_) => {
                "the free balance in PaymentChannel is too small: `paratii account balance` shows it, `paratii account deposit AMOUNT` adds to it"
            }
            PaymentChannelErrors::NonceMismatch(_) => {
                "the bid was made at an old nonce: ask the bidder for a fresh bid (`paratii account balance` shows the nonce)"
            }
            PaymentChannelErrors::BidExpired(_) => "the bid has expired: ask for a new one",
            PaymentChannelErrors::CounterpartyKeyNotAuthorized(_) => {
                "open with the wallet that registered the bid's counterparty key (`paratii user show`)"
            }
            PaymentChannelErrors::BidderKeyNotAuthorized(_) => {
                "the bidder's communication key is revoked or belongs to another wallet"
            }
            PaymentChannelErrors::ChannelNotFound(_) => {
                "the channel is closed or settled already (`paratii channel show ID`)"
            }
            PaymentChannelErrors::ChannelExpired(_) => {
                "the channel expired: only `paratii channel settle ID` is possible now"
            }
            PaymentChannelErrors::ChannelNotExpired(_) => {
                "wait until the channel's expiration, or let the payee close it"
            }
            PaymentChannelErrors::NotPayee(_) => "only the payee's wallet may do this",
            PaymentChannelErrors::NothingToWithdraw(_) => {
                "this payment adds nothing to what was already withdrawn"
            }
            _ => return None,
        },
        ContractError::Pti(PTIErrors::ERC20InsufficientBalance(_)) => {
            "the wallet holds too little PTI (`paratii account balance`)"
        }
        ContractError::UserRegistry(UserRegistryErrors::KeyAlreadyRegistered(_)) => {
            "a key belongs to the first wallet that registers it: generate a new one with `paratii keys generate comm NAME`"
        }
        ContractError::VideoRegistry(VideoRegistryErrors::OwnerKeyNotActive(_)) => {
            "register the owner key first with `paratii user add-key NAME`"
        }
        _ => return None,
    };
    Some(text.to_owned())
}

fn keys_hint(e: &KeysError) -> Option<String> {
    match e {
        KeysError::NotFound { .. } => Some(
            "`paratii keys list` shows the keys; `paratii keys generate` or `import` makes one"
                .into(),
        ),
        KeysError::WrongPassword { .. } => {
            Some("check --password-file / --password-env (or type it again)".into())
        }
        KeysError::Prompt(_) => {
            Some("no terminal to prompt on: pass --password-file FILE or --password-env VAR".into())
        }
        _ => None,
    }
}
