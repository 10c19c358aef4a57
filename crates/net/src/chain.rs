//! What a publisher needs of the chain, as a trait: the few reads and the three transactions of a
//! payee. [`paratii_chain::Client`] is the real one; admission and policy tests can use another,
//! and a server can act through a node key for a cold wallet (the `payee` is then not the sender).

use alloy::primitives::{Address, B256};
use alloy::sol_types::Eip712Domain;
use async_trait::async_trait;
use paratii_chain::{Channel, ChannelRecord, Opened, TxInfo, VideoRecord};
use paratii_protocol::{BidMessage, ChainState, Sig, VerifiedBid};

/// `paratii_chain::Result`.
pub type ChainResult<T> = paratii_chain::Result<T>;

/// The chain as a payee uses it.
#[async_trait]
pub trait Chain: Send + Sync + 'static {
    /// The `PaymentChannel` EIP-712 domain (every signature of the exchange is under it).
    fn payment_channel_domain(&self) -> Eip712Domain;
    /// The wallet credited as payee.
    fn payee(&self) -> Option<Address>;
    /// A registered video.
    async fn video(&self, id: B256) -> ChainResult<VideoRecord>;
    /// The latest block's timestamp.
    async fn block_timestamp(&self) -> ChainResult<u64>;
    /// What a bid is checked against: nonce, balance, keys, video terms.
    async fn chain_state_for(&self, bid: &VerifiedBid) -> ChainResult<ChainState>;
    /// Opens the bid's channel (we are its counterparty).
    async fn open(&self, bid: &BidMessage) -> ChainResult<Opened>;
    /// Cashes `balance` on an open channel; it stays open.
    async fn withdraw_from_channel(
        &self,
        id: B256,
        channel: &Channel,
        balance: u64,
        signature: &Sig,
    ) -> ChainResult<(Channel, TxInfo)>;
    /// Closes a channel, cashing the payment if any.
    async fn close(
        &self,
        id: B256,
        channel: &Channel,
        payment: Option<(u64, &Sig)>,
    ) -> ChainResult<TxInfo>;
    /// The commitment of channel `id` (zero when none is open under it).
    async fn channel_hash(&self, id: B256) -> ChainResult<B256>;
    /// Channel `id` rebuilt from its logs (its latest `withdrawn` included).
    async fn channel(&self, id: B256) -> ChainResult<ChannelRecord>;
    /// The latest block number.
    async fn block_number(&self) -> ChainResult<u64>;
    /// Exits payers started in blocks `from..=latest` (channel id, new expiration), and `latest`.
    async fn exits_since(&self, from: u64) -> ChainResult<(Vec<(B256, u64)>, u64)>;
}

#[async_trait]
impl Chain for paratii_chain::Client {
    fn payment_channel_domain(&self) -> Eip712Domain {
        Self::payment_channel_domain(self)
    }

    fn payee(&self) -> Option<Address> {
        Self::payee(self)
    }

    async fn video(&self, id: B256) -> ChainResult<VideoRecord> {
        Self::video(self, id).await
    }

    async fn block_timestamp(&self) -> ChainResult<u64> {
        // `block_timestamp` is the connection's (the client derefs to it): named explicitly,
        // or this would call itself.
        paratii_chain::Connection::block_timestamp(self).await
    }

    async fn chain_state_for(&self, bid: &VerifiedBid) -> ChainResult<ChainState> {
        Self::chain_state_for(self, bid).await
    }

    async fn open(&self, bid: &BidMessage) -> ChainResult<Opened> {
        Self::open(self, bid).await
    }

    async fn withdraw_from_channel(
        &self,
        id: B256,
        channel: &Channel,
        balance: u64,
        signature: &Sig,
    ) -> ChainResult<(Channel, TxInfo)> {
        Self::withdraw_from_channel(self, id, channel, balance, signature).await
    }

    async fn close(
        &self,
        id: B256,
        channel: &Channel,
        payment: Option<(u64, &Sig)>,
    ) -> ChainResult<TxInfo> {
        Self::close(self, id, channel, payment).await
    }

    async fn channel_hash(&self, id: B256) -> ChainResult<B256> {
        Self::channel_hash(self, id).await
    }

    async fn channel(&self, id: B256) -> ChainResult<ChannelRecord> {
        Self::channel(self, id).await
    }

    async fn block_number(&self) -> ChainResult<u64> {
        paratii_chain::Connection::block_number(self).await
    }

    async fn exits_since(&self, from: u64) -> ChainResult<(Vec<(B256, u64)>, u64)> {
        Self::exits_since(self, from).await
    }
}
