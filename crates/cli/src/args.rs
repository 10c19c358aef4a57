//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use paratii_chain::DEVNET_RPC_URL;

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
    Keys(KeysCommand),
    /// Deposit PTI into PaymentChannel, withdraw it, show balances.
    #[command(subcommand)]
    Account(AccountCommand),
    /// Profile metadata and communication keys in UserRegistry.
    #[command(subcommand)]
    User(UserCommand),
    /// Videos in VideoRegistry.
    #[command(subcommand)]
    Video(VideoCommand),
    /// Payment channels: list, show, open, withdraw, close, settle.
    #[command(subcommand)]
    Channel(ChannelCommand),
    /// Start a local dev-net: anvil, the contracts, funded accounts. Runs until Ctrl-C.
    Devnet(DevnetArgs),
    /// Transcode, segment, encrypt and add a video to IPFS, then register it on VideoRegistry.
    Upload(crate::upload::UploadArgs),
    /// Run a publisher/advertiser peer: answer bids, open channels, sell segments.
    Serve(crate::exchange::ServeArgs),
    /// Watch a video: bid, pay per segment, write a playable output.
    Watch(crate::exchange::WatchArgs),
    /// Play a video in the browser and pay for the seconds it plays (keys from the publisher,
    /// bytes from IPFS).
    Play(crate::play::PlayArgs),
    /// Bid on a viewer's attention with one of your videos.
    Advertise(crate::exchange::AdvertiseArgs),
    /// The end-to-end demo: dev-net, upload, publisher, viewer and advertiser, the money trail.
    Demo(crate::demo::DemoArgs),
}

/// A key kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// A wallet key: holds PTI, signs transactions, bids and payments.
    Wallet,
    /// A communication key: the libp2p identity, signs off-chain messages.
    Comm,
}

impl From<Kind> for paratii_keys::KeyKind {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Wallet => Self::Wallet,
            Kind::Comm => Self::Comm,
        }
    }
}

/// `paratii keys`.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Generate a new random key, stored encrypted.
    Generate {
        /// Wallet or communication key.
        kind: Kind,
        /// Its name.
        name: String,
    },
    /// Import a hex private key, stored encrypted.
    Import {
        /// Wallet or communication key.
        kind: Kind,
        /// Its name.
        name: String,
        /// A file holding the hex private key; `-` reads it from standard input.
        #[arg(long, value_name = "FILE")]
        private_key_file: PathBuf,
    },
    /// List the keys (no password needed).
    List {
        /// Only this kind.
        #[arg(long)]
        kind: Option<Kind>,
    },
    /// Show a key's address, public key and libp2p PeerId (decrypts it).
    Show {
        /// Wallet or communication key.
        kind: Kind,
        /// Its name.
        name: String,
    },
}

/// `paratii account`.
#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Deposit PTI (e.g. `12.5`) into the wallet's free balance in PaymentChannel.
    Deposit {
        /// PTI, in decimal.
        amount: String,
        /// Use an EIP-2612 permit (one transaction) instead of approve + deposit.
        #[arg(long)]
        permit: bool,
        /// Seconds the permit stays valid.
        #[arg(long, default_value_t = 3600, requires = "permit")]
        permit_validity: u64,
    },
    /// Withdraw free PTI back to the wallet.
    Withdraw {
        /// PTI, in decimal.
        amount: String,
    },
    /// ETH, PTI, deposited PTI and the bid nonce of a wallet (default: --wallet).
    Balance {
        /// Any address.
        address: Option<String>,
    },
}

/// `paratii user`.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// A wallet's profile and communication keys (default: --wallet).
    Show {
        /// Any address.
        address: Option<String>,
    },
    /// Set the wallet's profile metadata (JSON or a CID, at most 4,096 bytes).
    Profile {
        /// The metadata.
        metadata: String,
    },
    /// Register a communication key for the wallet, with its proof of possession.
    AddKey {
        /// The communication key's name.
        name: String,
        /// Where the communication key's password comes from.
        #[command(flatten)]
        key_password: KeyPassword,
    },
    /// Revoke one of the wallet's communication keys, for good.
    RevokeKey {
        /// The key's address, or the name of a communication key in the keystore.
        key: String,
    },
}

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

/// `paratii video`.
#[derive(Debug, Subcommand)]
pub enum VideoCommand {
    /// List registered videos.
    List {
        /// Only those of this publisher.
        #[arg(long)]
        publisher: Option<String>,
    },
    /// Show a video by id (0x…) or directory CID, with its directory and tables of contents
    /// fetched from IPFS and verified.
    Show {
        /// Video id or CID.
        video: String,
        /// Where to fetch the directory from.
        #[command(flatten)]
        ipfs: crate::upload::IpfsArgs,
        /// Only the registry record (no IPFS).
        #[arg(long)]
        no_ipfs: bool,
    },
    /// Register a video for the wallet.
    Register {
        /// The IPFS directory CID.
        #[arg(long)]
        cid: String,
        /// Title.
        #[arg(long)]
        title: String,
        /// Duration in seconds.
        #[arg(long)]
        duration: u32,
        /// Segment length in seconds.
        #[arg(long)]
        segment_length: u32,
        /// Segment size in kilobytes.
        #[arg(long)]
        segment_size: u32,
        /// A format name, e.g. 720p30 (repeatable).
        #[arg(long = "format", required = true)]
        formats: Vec<String>,
        /// The owner communication key: an address or a key name (an active key of the wallet).
        #[arg(long)]
        key: String,
    },
    /// Change a video's title (publisher only).
    Retitle {
        /// Video id or CID.
        video: String,
        /// The new title.
        title: String,
    },
    /// Unlist a video: no new channel opens on it (publisher only).
    Unlist {
        /// Video id or CID.
        video: String,
    },
}

/// `paratii channel`.
#[derive(Debug, Subcommand)]
pub enum ChannelCommand {
    /// Channels a wallet pays into or is paid from (default: --wallet).
    List {
        /// Any address.
        address: Option<String>,
    },
    /// One channel, rebuilt from the logs.
    Show {
        /// The channel id.
        id: String,
    },
    /// Open a channel from a signed bid message (JSON file; `-` for standard input).
    Open {
        /// The bid message.
        #[arg(long, value_name = "FILE")]
        bid: PathBuf,
    },
    /// Cash a payment message into the channel; it stays open.
    Withdraw {
        /// The channel id.
        id: String,
        /// The payment message (JSON file; `-` for standard input).
        #[arg(long, value_name = "FILE")]
        payment: PathBuf,
    },
    /// Close a channel, cashing a last payment if given; the rest returns to the payer.
    Close {
        /// The channel id.
        id: String,
        /// The latest payment message (JSON file; `-` for standard input).
        #[arg(long, value_name = "FILE")]
        payment: Option<PathBuf>,
    },
    /// Close several channels in one transaction.
    CloseMany {
        /// Payment messages (JSON files), one per channel to close with a payment.
        payments: Vec<PathBuf>,
        /// A channel to close without a payment (repeatable).
        #[arg(long = "unpaid", value_name = "ID")]
        unpaid: Vec<String>,
    },
    /// Return an expired channel's unspent escrow to its payer (anyone may).
    Settle {
        /// The channel id.
        id: String,
    },
}

/// `paratii devnet`.
#[derive(Debug, Clone, Args)]
pub struct DevnetArgs {
    /// The loopback port (0 picks a free one).
    #[arg(long, default_value_t = 8545)]
    pub port: u16,
    /// How many dev accounts to fund with PTI (accounts 1..=N; account 0 deploys and holds the rest).
    #[arg(long, default_value_t = 4)]
    pub fund: u32,
    /// PTI given to each funded account.
    #[arg(long, default_value = "1000")]
    pub amount: String,
}
