//! The typed client: a [`Connection`] bound to one [`Deployment`], with every operation of the
//! four contracts, one module per contract ([`pti`], [`users`], [`videos`], [`channels`]).
//!
//! An operation is its arguments turned into the bindings' call and handed to
//! [`Connection::transact`] / [`Connection::send`] (transactions) or [`Connection::read`]
//! (views), which simulate, send, await and name the action after the call's type.

mod channels;
mod pti;
mod users;
mod videos;

use alloy::primitives::Address;
use alloy::providers::DynProvider;
use alloy::signers::local::PrivateKeySigner;
use paratii_bindings::payment_channel::PaymentChannel::{self, PaymentChannelInstance};
use paratii_bindings::pti::PTI::{self, PTIInstance};
use paratii_bindings::user_registry::UserRegistry::{self, UserRegistryInstance};
use paratii_bindings::video_registry::VideoRegistry::{self, VideoRegistryInstance};
use paratii_protocol::eip712::{self, Eip712Domain};

// The paths `paratii_chain::client::…` had before the split.
pub use crate::connection::{ClientConfig, Connection, TxInfo};
pub use crate::deploy::Deployed;
pub use crate::records::{
    Balances, ChannelRecord, ChannelStatus, NewVideo, Opened, VideoRecord, WalletKey, channel_of,
    hash_channel,
};

use crate::deployment::Deployment;
use crate::error::{ChainError, Result};

/// A client bound to one deployment.
#[derive(Debug, Clone)]
pub struct Client {
    conn: Connection,
    deployment: Deployment,
    /// The wallet a node key sends for ([`Client::acting_for`]); none: the signer's own.
    payee: Option<Address>,
}

impl std::ops::Deref for Client {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        &self.conn
    }
}

impl Client {
    /// A connection bound to `deployment`, unchecked ([`Connection::attach`] checks it).
    pub(crate) const fn new(conn: Connection, deployment: Deployment) -> Self {
        Self {
            conn,
            deployment,
            payee: None,
        }
    }

    /// Connects to `url` and attaches to `deployment`.
    pub async fn connect(
        url: &str,
        wallet: Option<PrivateKeySigner>,
        deployment: Deployment,
    ) -> Result<Self> {
        Connection::connect(url, wallet)
            .await?
            .attach(deployment)
            .await
    }

    /// The same deployment and endpoint with another wallet (or none).
    pub async fn with_wallet(&self, wallet: Option<PrivateKeySigner>) -> Result<Self> {
        let conn = Connection::connect_with(self.conn.url(), wallet, *self.conn.config()).await?;
        Ok(Self::new(conn, self.deployment.clone()))
    }

    /// The same client, its signer acting as a node key for `wallet`: channels whose counterparty
    /// key is the signer credit `wallet` (R21), and [`Client::payee`] is `wallet`. The signer
    /// pays the gas; it can never move `wallet`'s free balance.
    #[must_use]
    pub const fn acting_for(mut self, wallet: Address) -> Self {
        self.payee = Some(wallet);
        self
    }

    /// The wallet credited when this client acts as a payee: the wallet it acts for as a node
    /// key, else its own signer.
    pub fn payee(&self) -> Option<Address> {
        self.payee.or_else(|| self.wallet_address())
    }

    /// Whether the signer is a node key acting for another wallet.
    pub fn is_node_key(&self) -> bool {
        self.payee.is_some_and(|p| Some(p) != self.wallet_address())
    }

    /// The connection.
    pub const fn connection(&self) -> &Connection {
        &self.conn
    }

    /// The deployment.
    pub const fn deployment(&self) -> &Deployment {
        &self.deployment
    }

    /// The `PaymentChannel` EIP-712 domain (bids, payments, off-chain messages).
    pub fn payment_channel_domain(&self) -> Eip712Domain {
        eip712::payment_channel_domain(self.chain_id(), self.deployment.contracts.payment_channel)
    }

    /// The `UserRegistry` EIP-712 domain (proofs of possession).
    pub fn user_registry_domain(&self) -> Eip712Domain {
        eip712::user_registry_domain(self.chain_id(), self.deployment.contracts.user_registry)
    }

    /// The PTI contract.
    pub fn pti(&self) -> PTIInstance<DynProvider> {
        PTI::new(self.deployment.contracts.pti, self.provider().clone())
    }

    /// The `UserRegistry` contract.
    pub fn user_registry(&self) -> UserRegistryInstance<DynProvider> {
        UserRegistry::new(
            self.deployment.contracts.user_registry,
            self.provider().clone(),
        )
    }

    /// The `VideoRegistry` contract.
    pub fn video_registry(&self) -> VideoRegistryInstance<DynProvider> {
        VideoRegistry::new(
            self.deployment.contracts.video_registry,
            self.provider().clone(),
        )
    }

    /// The `PaymentChannel` contract.
    pub fn payment_channel(&self) -> PaymentChannelInstance<DynProvider> {
        PaymentChannel::new(
            self.deployment.contracts.payment_channel,
            self.provider().clone(),
        )
    }

    fn me(&self) -> Result<Address> {
        self.wallet_address().ok_or(ChainError::NoWallet)
    }
}
