//! What the peer commands (`serve`, `watch`, `advertise`, `play`) share: the communication key's
//! password options, the data directory, the viewer's IPFS source, and the identity they run
//! as (wallet, password, a signing client, the communication key).

use std::path::PathBuf;
use std::sync::Arc;

use alloy::primitives::Address;
use alloy::signers::local::PrivateKeySigner;
use clap::{Args, ValueEnum};
use eyre::eyre;
use paratii_chain::Client;
use paratii_ipfs::{Gateway, GatewayMode, Ipfs, KuboRpc};
use paratii_keys::{KeyKind, Password};

use crate::context::Ctx;

/// Where the communication key's password comes from, when it differs from the wallet's.
#[derive(Debug, Clone, Args)]
pub struct KeyPassword {
    /// Read the communication key's password from this file (default: as the wallet's).
    #[arg(long, conflicts_with = "key_password_env")]
    pub key_password_file: Option<PathBuf>,
    /// Read the communication key's password from this environment variable.
    #[arg(long, value_name = "VAR")]
    pub key_password_env: Option<String>,
}

/// Which communication key a peer command runs as, and where its password comes from.
#[derive(Debug, Clone, Args)]
pub struct IdentityArgs {
    /// The communication key (a name in the keystore); default: the keystore's key that is
    /// active for the wallet on chain.
    #[arg(long)]
    pub key: Option<String>,
    /// Where the communication key's password comes from.
    #[command(flatten)]
    pub key_password: KeyPassword,
}

/// The data directory option, of the peer commands.
#[derive(Debug, Clone, Args)]
pub struct DataDirArg {
    /// The data directory holding the library and the embedded block store (as `upload`'s).
    #[arg(long, env = "PARATII_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
}

impl DataDirArg {
    pub(crate) fn resolve(&self) -> eyre::Result<PathBuf> {
        crate::context::data_dir(self.data_dir.as_ref())
    }
}

/// How a gateway is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GatewayFetch {
    /// One request per block (`?format=raw`).
    Raw,
    /// One CAR per segment (`?format=car`).
    Car,
}

/// Where a viewer reads ciphertexts from (delivery mode `keys`).
#[derive(Debug, Clone, Args)]
pub struct SourceArgs {
    /// Read the ciphertexts from this Kubo RPC API (default: the embedded block store).
    #[arg(long, value_name = "URL", conflicts_with = "gateway")]
    pub ipfs_api: Option<String>,
    /// Read the ciphertexts from this IPFS HTTP gateway (trustless: every block checked).
    #[arg(long, value_name = "URL")]
    pub gateway: Option<String>,
    /// How the gateway is read.
    #[arg(long, value_enum, default_value_t = GatewayFetch::Raw, requires = "gateway")]
    pub gateway_fetch: GatewayFetch,
}

impl SourceArgs {
    /// The IPFS source: the Kubo API, the gateway, or the embedded block store of `data_dir`.
    pub(crate) fn open(&self, data_dir: &std::path::Path) -> eyre::Result<Arc<dyn Ipfs>> {
        Ok(match (&self.ipfs_api, &self.gateway) {
            (Some(url), _) => Arc::new(KuboRpc::new(url)?),
            (None, Some(url)) => {
                let mode = match self.gateway_fetch {
                    GatewayFetch::Raw => GatewayMode::Raw,
                    GatewayFetch::Car => GatewayMode::Car,
                };
                Arc::new(Gateway::with_mode(url, mode)?)
            }
            (None, None) => Arc::new(paratii_media::Library::open(data_dir).blocks()?),
        })
    }
}

/// The wallet, its password (which also decrypts video secrets), a signing client and the
/// communication key.
pub(crate) struct Identity {
    pub(crate) client: Client,
    pub(crate) password: Password,
    pub(crate) comm: PrivateKeySigner,
    pub(crate) comm_name: String,
}

pub(crate) async fn identity(ctx: &Ctx, args: &IdentityArgs) -> eyre::Result<Identity> {
    let (key, key_password) = (args.key.as_deref(), &args.key_password);
    let name = ctx.wallet_name()?;
    let password = ctx
        .password_source()
        .read(&format!("wallet key {name:?}"))?;
    let wallet = ctx
        .keystore
        .unlock(KeyKind::Wallet, name, &password)?
        .signer;
    let client = ctx.client(false).await?.with_wallet(Some(wallet)).await?;
    let comm_name = match key {
        Some(k) => k.to_owned(),
        None => default_comm(ctx, &client).await?,
    };
    let separate =
        key_password.key_password_file.is_some() || key_password.key_password_env.is_some();
    let comm_password = if separate {
        ctx.key_password_source(key_password)
            .read(&format!("communication key {comm_name:?}"))?
    } else {
        password.clone()
    };
    let comm = ctx
        .keystore
        .unlock(KeyKind::Comm, &comm_name, &comm_password)?
        .signer;
    Ok(Identity {
        client,
        password,
        comm,
        comm_name,
    })
}

/// A node-key identity (PROTOCOL R21): the communication key `--key` sends the channel
/// transactions itself, for `wallet`, whose key is never unlocked (it need not be on this
/// machine). The key's password also decrypts the video secrets.
pub(crate) async fn node_identity(
    ctx: &Ctx,
    args: &IdentityArgs,
    wallet: Address,
) -> eyre::Result<Identity> {
    let comm_name = args.key.clone().ok_or_else(|| {
        eyre!("--node-key needs --key NAME: the communication key that sends for wallet {wallet}")
    })?;
    let password = ctx
        .key_password_source(&args.key_password)
        .read(&format!("communication key {comm_name:?}"))?;
    let comm = ctx
        .keystore
        .unlock(KeyKind::Comm, &comm_name, &password)?
        .signer;
    let key = comm.address();
    let client = ctx
        .client(false)
        .await?
        .with_wallet(Some(comm.clone()))
        .await?
        .acting_for(wallet);
    // What `open` would refuse, said before listening: the key must be the wallet's, and active.
    let record = client.key_of(key).await?;
    if record.wallet != wallet || !record.active {
        let state = if record.wallet == Address::ZERO {
            "not registered".to_owned()
        } else if record.wallet != wallet {
            format!("registered to wallet {}", record.wallet)
        } else {
            "revoked".to_owned()
        };
        return Err(eyre!(
            "communication key {comm_name:?} ({key}) is not an active key of wallet {wallet} ({state}): the wallet registers it with `paratii user add-key {comm_name}`"
        ));
    }
    if client.eth_balance(key).await?.is_zero() {
        return Err(eyre!(
            "node key {key} has no ETH to pay for its transactions: send it a little from any account"
        ));
    }
    Ok(Identity {
        client,
        password,
        comm,
        comm_name,
    })
}

/// The keystore's communication key that is active for the wallet on chain.
async fn default_comm(ctx: &Ctx, client: &Client) -> eyre::Result<String> {
    let wallet = client.wallet_address().ok_or_else(|| eyre!("no wallet"))?;
    let active: Vec<Address> = client
        .keys_of_wallet(wallet)
        .await?
        .into_iter()
        .filter(|k| k.active)
        .map(|k| k.key)
        .collect();
    ctx.keystore
        .list(Some(KeyKind::Comm))?
        .into_iter()
        .find(|e| e.address.is_some_and(|a| active.contains(&a)))
        .map(|e| e.name)
        .ok_or_else(|| {
            eyre!("no communication key in the keystore is active for wallet {wallet}: pass --key NAME, or register one with `paratii user add-key NAME`")
        })
}
