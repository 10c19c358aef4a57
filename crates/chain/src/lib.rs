//! Paratii chain client: a typed client over the generated contract bindings for every on-chain
//! operation, and a local anvil dev-net.
//!
//! - [`Connection`]: any RPC URL, with or without a wallet; [`Connection::deploy`] deploys the four
//!   contracts through the deterministic CREATE2 deployer exactly as `script/Deploy.s.sol` does.
//! - [`Client`]: a connection bound to a [`Deployment`] (`deployments/<chainId>.json`): profiles and
//!   communication keys, videos, deposits, channels (open from a signed bid, withdraw, close,
//!   settle, close many) and queries (videos, channels rebuilt from logs, nonces, balances).
//! - [`ChainError`]: every failure; reverts are decoded into [`ContractError`], which names the
//!   contract's custom error and its values.
//! - [`devnet::DevNet`]: anvil from the project's `node_modules`, on a free loopback port, stopped
//!   on drop.
//!
//! Transactions are simulated first (a revert is a typed error and nothing is sent), receipts are
//! awaited with a timeout, and nonces are handed out locally so concurrent transactions from one
//! wallet do not collide.

pub mod client;
pub mod deployment;
pub mod devnet;
pub mod error;
mod logs;
pub mod nonce;

pub use client::{
    Balances, ChannelRecord, ChannelStatus, Client, ClientConfig, Connection, Deployed, NewVideo,
    Opened, TxInfo, VideoRecord, WalletKey, channel_of, hash_channel,
};
pub use deployment::{CREATE2_DEPLOYER, Contracts, DEFAULT_SUPPLY, DeployParams, Deployment};
pub use devnet::{DEVNET_CHAIN_ID, DEVNET_RPC_URL, DevNet, DevNetConfig};
pub use error::{ChainError, ContractError, ContractName, Result};
pub use paratii_bindings as bindings;
/// The contract structs callers pass back: `Channel`, `CloseRequest`, `Bid`.
pub use paratii_bindings::payment_channel::IPaymentChannel::{Bid, Channel, CloseRequest};
