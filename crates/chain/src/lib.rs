//! Paratii chain client: a typed client over the generated contract bindings for every on-chain
//! operation, and a local anvil dev-net.
//!
//! - [`Connection`] ([`connection`]): any RPC URL, with or without a wallet; every transaction
//!   goes through [`Connection::send`]. [`Connection::deploy`] ([`deploy`]) deploys the four
//!   contracts through the deterministic CREATE2 deployer exactly as `script/Deploy.s.sol` does.
//! - [`Client`] ([`client`]): a connection bound to a [`Deployment`] (`deployments/<chainId>.json`),
//!   one module per contract: PTI, profiles and communication keys, videos, deposits and channels
//!   (open from a signed bid, withdraw, close, settle, close many).
//! - [`records`]: what queries return (videos, keys, balances, channels rebuilt from logs).
//! - [`ChainError`]: every failure; reverts are decoded into [`ContractError`], which names the
//!   contract's custom error and its values.
//! - [`devnet`]: anvil from the project's `node_modules` on a free loopback port, stopped on drop,
//!   and [`DevNetSetup`], the one way a dev-net gets its contracts and funded accounts.
//!
//! Transactions are simulated first (a revert is a typed error and nothing is sent), receipts are
//! awaited with a timeout, and nonces are handed out locally so concurrent transactions from one
//! wallet do not collide.

pub mod client;
pub mod connection;
pub mod deploy;
pub mod deployment;
pub mod devnet;
pub mod error;
mod logs;
pub mod nonce;
pub mod records;

pub use client::Client;
pub use connection::{ClientConfig, Connection, TxInfo};
pub use deploy::Deployed;
pub use deployment::{CREATE2_DEPLOYER, Contracts, DEFAULT_SUPPLY, DeployParams, Deployment};
pub use devnet::{
    DEVNET_CHAIN_ID, DEVNET_RPC_URL, DevNet, DevNetConfig, DevNetSetup, RunningDevNet,
};
pub use error::{ChainError, ContractError, ContractName, Result};
pub use paratii_bindings as bindings;
/// The contract structs callers pass back: `Channel`, `CloseRequest`, `Bid`.
pub use paratii_bindings::payment_channel::IPaymentChannel::{Bid, Channel, CloseRequest};
pub use records::{
    Balances, ChannelRecord, ChannelStatus, NewVideo, Opened, VideoRecord, WalletKey, channel_of,
    hash_channel,
};
