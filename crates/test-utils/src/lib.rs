//! Paratii test fixtures: an anvil dev-net with the four contracts deployed through
//! `paratii-chain`'s own deploy path, actors funded with PTI, and a registered video.
//!
//! ```no_run
//! # async fn demo() -> paratii_chain::Result<()> {
//! use paratii_test_utils::{Fixture, pti};
//! let f = Fixture::start().await?;
//! f.viewer.client.deposit(pti(100)).await?;
//! # Ok(()) }
//! ```

pub mod proxy;
pub mod usage;

use alloy::primitives::{Address, U256};
use alloy::providers::ext::AnvilApi;
use alloy::signers::local::PrivateKeySigner;
use paratii_chain::{
    Client, Deployed, Deployment, DevNet, DevNetConfig, DevNetSetup, NewVideo, Result,
    RunningDevNet, VideoRecord,
};
use paratii_protocol::{BidMessage, BidTerms, PaymentMessage};

/// `n` PTI in wei.
pub fn pti(n: u64) -> U256 {
    U256::from(n) * U256::from(10u64).pow(U256::from(18))
}

/// A dev-net with the contracts deployed. Account 0 deployed them and holds the PTI supply.
#[derive(Debug)]
pub struct TestNet {
    /// The running anvil (stopped when this is dropped).
    pub devnet: DevNet,
    /// What the deployment did.
    pub deployed: Deployed,
    /// A client for account 0, the PTI holder.
    pub holder: Client,
}

impl TestNet {
    /// Starts anvil on a free port and deploys, through the one dev-net set-up
    /// ([`DevNetSetup`]) with nothing recorded and nobody funded: tests fund their actors.
    pub async fn start() -> Result<Self> {
        Self::start_with(DevNetSetup::new(DevNetConfig::default())).await
    }

    /// A dev-net from `setup` (more accounts, a recorded deployment, funded accounts).
    pub async fn start_with(setup: DevNetSetup) -> Result<Self> {
        Ok(Self::from(setup.start().await?))
    }

    /// The deployment.
    pub const fn deployment(&self) -> &Deployment {
        &self.deployed.deployment
    }

    /// The RPC URL.
    pub fn url(&self) -> &str {
        self.devnet.url()
    }

    /// A client for `wallet` (or a read-only one).
    pub async fn client(&self, wallet: Option<PrivateKeySigner>) -> Result<Client> {
        Client::connect(self.url(), wallet, self.deployment().clone()).await
    }

    /// An actor on dev account `index` (1..) with a fresh communication key, given `funds` PTI
    /// by the holder (not deposited, not registered).
    pub async fn actor(&self, name: &str, index: usize, funds: U256) -> Result<Actor> {
        let wallet = self
            .devnet
            .account(index)
            .unwrap_or_else(|| panic!("the dev-net has no account {index}"))
            .clone();
        let client = self.client(Some(wallet.clone())).await?;
        if !funds.is_zero() {
            self.holder.transfer_pti(wallet.address(), funds).await?;
        }
        Ok(Actor {
            name: name.to_owned(),
            wallet,
            comm: PrivateKeySigner::random(),
            client,
        })
    }

    /// Moves the chain's clock forward by `seconds` and mines a block (`evm_increaseTime`,
    /// `evm_mine`).
    pub async fn increase_time(&self, seconds: u64) -> Result<()> {
        let provider = self.holder.provider();
        provider
            .anvil_increase_time(seconds)
            .await
            .map_err(|e| paratii_chain::ChainError::from_rpc("evm_increaseTime", e))?;
        provider
            .evm_mine(None)
            .await
            .map_err(|e| paratii_chain::ChainError::from_rpc("evm_mine", e))?;
        Ok(())
    }

    /// The latest block's timestamp.
    pub async fn now(&self) -> Result<u64> {
        self.holder.block_timestamp().await
    }
}

impl From<RunningDevNet> for TestNet {
    fn from(net: RunningDevNet) -> Self {
        Self {
            devnet: net.devnet,
            deployed: net.deployed,
            holder: net.holder,
        }
    }
}

/// A participant: a funded wallet, a communication key, and a client for the wallet.
#[derive(Debug, Clone)]
pub struct Actor {
    /// A label for messages.
    pub name: String,
    /// The wallet key.
    pub wallet: PrivateKeySigner,
    /// The communication key.
    pub comm: PrivateKeySigner,
    /// A client sending from the wallet.
    pub client: Client,
}

impl Actor {
    /// The wallet address.
    pub fn address(&self) -> Address {
        self.wallet.address()
    }

    /// The communication key's address.
    pub fn key(&self) -> Address {
        self.comm.address()
    }

    /// Registers the communication key for the wallet.
    pub async fn register_key(&self) -> Result<()> {
        self.client.add_key(&self.comm).await.map(drop)
    }

    /// Signs a bid to `counterparty_key` on `video` at the wallet's current nonce: wallet first,
    /// then the communication key.
    pub async fn bid(
        &self,
        video: &VideoRecord,
        rate: u128,
        expiration: u64,
        counterparty_key: Address,
    ) -> Result<BidMessage> {
        let nonce = self.client.nonce_of(self.address()).await?;
        self.bid_at(nonce, video, rate, expiration, counterparty_key)
    }

    /// Signs a bid at an explicit `nonce` (for stale-nonce tests).
    pub fn bid_at(
        &self,
        nonce: alloy::primitives::B256,
        video: &VideoRecord,
        rate: u128,
        expiration: u64,
        counterparty_key: Address,
    ) -> Result<BidMessage> {
        let terms = BidTerms {
            nonce,
            rate,
            expiration,
            cid: video.cid.clone(),
            format: video.formats[0].clone(),
            bidder_key: self.key(),
            counterparty_key,
        };
        Ok(terms.sign(
            &self.client.payment_channel_domain(),
            &self.wallet,
            &self.comm,
        )?)
    }

    /// Signs a payment of `balance` cumulative segments on `channel`.
    pub fn pay(&self, channel: alloy::primitives::B256, balance: u64) -> Result<PaymentMessage> {
        Ok(PaymentMessage::sign(
            &self.client.payment_channel_domain(),
            channel,
            balance,
            &self.wallet,
            &self.comm,
        )?)
    }
}

/// A dev-net with a publisher (key registered, one video), a viewer and an advertiser (both
/// holding 1,000 PTI, nothing deposited, keys unregistered).
#[derive(Debug)]
pub struct Fixture {
    /// The dev-net.
    pub net: TestNet,
    /// Dev account 1: registered key, publisher of `video`.
    pub publisher: Actor,
    /// Dev account 2.
    pub viewer: Actor,
    /// Dev account 3.
    pub advertiser: Actor,
    /// A 100-second video in 10-second segments, formats `720p30` and `1080p30`.
    pub video: VideoRecord,
}

impl Fixture {
    /// Starts the dev-net and sets everything up.
    pub async fn start() -> Result<Self> {
        let net = TestNet::start().await?;
        let publisher = net.actor("publisher", 1, pti(1_000)).await?;
        let viewer = net.actor("viewer", 2, pti(1_000)).await?;
        let advertiser = net.actor("advertiser", 3, pti(1_000)).await?;
        publisher.register_key().await?;
        let (id, _) = publisher
            .client
            .register_video(&NewVideo {
                cid: "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi".into(),
                owner_key: publisher.key(),
                title: "Big Buck Bunny".into(),
                duration: 100,
                segment_length: 10,
                segment_size: 512,
                formats: vec!["720p30".into(), "1080p30".into()],
            })
            .await?;
        let video = publisher.client.video(id).await?;
        Ok(Self {
            net,
            publisher,
            viewer,
            advertiser,
            video,
        })
    }

    /// An expiration `seconds` after the chain's current time.
    pub async fn expiration_in(&self, seconds: u64) -> Result<u64> {
        Ok(self.net.now().await? + seconds)
    }
}
