//! Command-line arguments: the options every command takes and the list of commands. Each
//! command's own arguments live with it, in `crate::commands`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use paratii_chain::DEVNET_RPC_URL;

use crate::commands::{
    account, advertise, channel, devnet, keys, play, serve, share_secrets, upload, user, video,
    watch,
};

/// Paratii: keys, deposits, profiles, videos and payment channels on the Paratii contracts.
///
/// Every command talks to the local dev-net (`paratii devnet`) unless told otherwise with
/// --rpc-url and --deployment. Passwords come from a prompt, --password-file or --password-env,
/// never from the command line.
#[derive(Debug, Parser)]
#[command(name = "paratii", version, propagate_version = true)]
pub struct Cli {
    /// Global options.
    #[command(flatten)]
    pub global: Global,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,

    /// The Ethereum JSON-RPC endpoint.
    #[arg(long, global = true, env = "PARATII_RPC_URL", default_value = DEVNET_RPC_URL)]
    pub rpc_url: String,

    /// A deployment record to use instead of `<deployments-dir>/<chainId>.json`.
    #[arg(long, global = true, env = "PARATII_DEPLOYMENT")]
    pub deployment: Option<PathBuf>,

    /// Where deployment records live (`<chainId>.json`).
    #[arg(
        long,
        global = true,
        env = "PARATII_DEPLOYMENTS_DIR",
        default_value = "deployments"
    )]
    pub deployments_dir: PathBuf,

    /// The keystore directory (default: ~/.paratii/keystore).
    #[arg(long, global = true, env = "PARATII_KEYSTORE")]
    pub keystore: Option<PathBuf>,

    /// The wallet key that signs transactions (a name from `paratii keys list`).
    #[arg(long, global = true, env = "PARATII_WALLET")]
    pub wallet: Option<String>,

    /// Read key passwords from this file (its contents, trailing whitespace removed).
    #[arg(
        long,
        global = true,
        env = "PARATII_PASSWORD_FILE",
        conflicts_with = "password_env"
    )]
    pub password_file: Option<PathBuf>,

    /// Read key passwords from the environment variable with this name.
    #[arg(long, global = true, value_name = "VAR")]
    pub password_env: Option<String>,

    /// Seconds to wait for a transaction's receipt.
    #[arg(long, global = true, default_value_t = 120)]
    pub timeout: u64,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Generate, import, list and show keys.
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// Deposit PTI into PaymentChannel, withdraw it, show balances.
    #[command(subcommand)]
    Account(account::AccountCommand),
    /// Profile metadata and communication keys in UserRegistry.
    #[command(subcommand)]
    User(user::UserCommand),
    /// Videos in VideoRegistry.
    #[command(subcommand)]
    Video(video::VideoCommand),
    /// Payment channels: list, show, open, withdraw, close, settle.
    #[command(subcommand)]
    Channel(channel::ChannelCommand),
    /// Start a local dev-net: anvil, the contracts, funded accounts. Runs until Ctrl-C.
    Devnet(devnet::DevnetArgs),
    /// Transcode, segment, encrypt and add a video to IPFS, then register it on VideoRegistry.
    Upload(upload::UploadArgs),
    /// Run a publisher/advertiser peer: answer bids, open channels, sell segments.
    Serve(serve::ServeArgs),
    /// Encrypt the library's video secrets again for a node key with a password of its own.
    ShareSecrets(share_secrets::ShareSecretsArgs),
    /// Watch a video: bid, pay per segment, write a playable output.
    Watch(watch::WatchArgs),
    /// Play a video in the browser and pay for the seconds it plays (keys from the publisher,
    /// bytes from IPFS).
    Play(play::PlayArgs),
    /// Bid on a viewer's attention with one of your videos.
    Advertise(advertise::AdvertiseArgs),
    /// The end-to-end demo: dev-net, upload, publisher, viewer and advertiser, the money trail.
    Demo(crate::demo::DemoArgs),
}
