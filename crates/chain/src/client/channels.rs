//! `PaymentChannel`: deposits and withdrawals of the free balance, and channels (open from a
//! signed bid, withdraw, close, close many, settle, and reading them back from the logs).

use alloy::primitives::{Address, B256, Bytes, U256};
use alloy::sol_types::SolStruct;
use paratii_bindings::payment_channel::IPaymentChannel::{Bid as SolBid, Channel, CloseRequest};
use paratii_bindings::payment_channel::PaymentChannel;
use paratii_protocol::eip712::Eip712Domain;
use paratii_protocol::{BidMessage, ChainState, Sig, VerifiedBid};

use super::Client;
use crate::connection::{TxInfo, action_name};
use crate::error::{ChainError, ContractName, ContractName::PaymentChannel as Pc, Result};
use crate::records::{Balances, ChannelRecord, Opened, channel_of};

alloy::sol! {
    /// EIP-2612 `Permit`, signed by the PTI owner for `depositWithPermit`.
    struct Permit {
        address owner;
        address spender;
        uint256 value;
        uint256 nonce;
        uint256 deadline;
    }
}

impl Client {
    // ---------------------------------------------------------------- funds

    /// Deposits `amount` PTI into the wallet's free balance, approving it first when the
    /// allowance is short. Returns the approval (if any) and the deposit.
    pub async fn deposit(&self, amount: U256) -> Result<(Option<TxInfo>, TxInfo)> {
        let me = self.me()?;
        let approval = if self.pti_allowance(me).await? < amount {
            Some(self.approve(amount).await?)
        } else {
            None
        };
        let tx = self
            .transact(Pc, self.payment_channel().deposit(amount))
            .await?;
        Ok((approval, tx))
    }

    /// Deposits `amount` PTI in one transaction with an EIP-2612 permit signed by the wallet,
    /// valid until `deadline` (unix seconds).
    pub async fn deposit_with_permit(&self, amount: U256, deadline: u64) -> Result<TxInfo> {
        let wallet = self.require_wallet()?;
        let owner = wallet.address();
        let pti = self.pti();
        let nonce = self.read(ContractName::Pti, pti.nonces(owner)).await?;
        let domain = self.read(ContractName::Pti, pti.eip712Domain()).await?;
        let domain = Eip712Domain::new(
            Some(domain.name.into()),
            Some(domain.version.into()),
            Some(domain.chainId),
            Some(domain.verifyingContract),
            None,
        );
        let permit = Permit {
            owner,
            spender: self.deployment().contracts.payment_channel,
            value: amount,
            nonce,
            deadline: U256::from(deadline),
        };
        let sig = Sig::sign(wallet, &permit.eip712_signing_hash(&domain))?;
        let pc = self.payment_channel();
        let call = pc.depositWithPermit(amount, U256::from(deadline), sig.v(), sig.r(), sig.s());
        self.transact(Pc, call).await
    }

    /// Withdraws `amount` of the wallet's free PTI back to the wallet.
    pub async fn withdraw(&self, amount: U256) -> Result<TxInfo> {
        self.transact(Pc, self.payment_channel().withdraw(amount))
            .await
    }

    /// `wallet`'s free balance in `PaymentChannel`.
    pub async fn deposited(&self, wallet: Address) -> Result<U256> {
        self.read(Pc, self.payment_channel().balanceOf(wallet))
            .await
    }

    /// `wallet`'s current nonce: what its next bid must carry.
    pub async fn nonce_of(&self, wallet: Address) -> Result<B256> {
        self.read(Pc, self.payment_channel().nonceOf(wallet)).await
    }

    /// ETH, PTI, deposited PTI and nonce of `wallet`.
    pub async fn balances(&self, wallet: Address) -> Result<Balances> {
        Ok(Balances {
            wallet,
            eth: self.eth_balance(wallet).await?,
            pti: self.pti_balance(wallet).await?,
            deposited: self.deposited(wallet).await?,
            nonce: self.nonce_of(wallet).await?,
        })
    }

    // ---------------------------------------------------------------- channels

    /// The chain facts [`VerifiedBid::check`] needs, read now.
    pub async fn chain_state_for(&self, bid: &VerifiedBid) -> Result<ChainState> {
        let payer = bid.payer();
        Ok(ChainState {
            now: self.block_timestamp().await?,
            payer_nonce: self.nonce_of(payer).await?,
            payer_balance: self.deposited(payer).await?,
            video: self
                .video_terms(bid.terms.video(), &bid.terms.format)
                .await?,
            bidder_key: self.key_of(bid.terms.bidder_key).await?,
        })
    }

    /// Opens a channel from a signed bid, sent by the wallet that owns the bid's counterparty key,
    /// or by that key itself acting for it ([`Client::acting_for`]); the wallet is the payee.
    pub async fn open(&self, bid: &BidMessage) -> Result<Opened> {
        let t = bid.terms.to_eip712();
        let sol_bid = SolBid {
            nonce: t.nonce,
            rate: t.rate,
            expiration: t.expiration,
            video: t.video,
            format: t.format,
            bidderKey: t.bidderKey,
            counterpartyKey: t.counterpartyKey,
        };
        let pc = self.payment_channel();
        let call = pc.open(
            sol_bid,
            Bytes::copy_from_slice(bid.wallet_signature.as_bytes()),
            Bytes::copy_from_slice(bid.signature.as_bytes()),
        );
        let r = self.send(Pc, call).await?;
        let log = r
            .decoded_log::<PaymentChannel::ChannelOpened>()
            .ok_or_else(|| ChainError::MissingEvent {
                action: action_name::<PaymentChannel::openCall>(Pc),
                tx: r.transaction_hash,
                event: "ChannelOpened",
            })?;
        Ok(Opened {
            id: log.channelId,
            channel: channel_of(&log.data),
            tx: TxInfo::of(&r),
        })
    }

    /// Credits the payee (the wallet) with what a payment of `balance` segments adds; the channel
    /// stays open. Returns the channel with its new `withdrawn`.
    pub async fn withdraw_from_channel(
        &self,
        id: B256,
        channel: &Channel,
        balance: u64,
        signature: &Sig,
    ) -> Result<(Channel, TxInfo)> {
        let pc = self.payment_channel();
        let call = pc.withdrawFromChannel(
            id,
            channel.clone(),
            U256::from(balance),
            Bytes::copy_from_slice(signature.as_bytes()),
        );
        let r = self.send(Pc, call).await?;
        let log = r
            .decoded_log::<PaymentChannel::ChannelWithdrawn>()
            .ok_or_else(|| ChainError::MissingEvent {
                action: action_name::<PaymentChannel::withdrawFromChannelCall>(Pc),
                tx: r.transaction_hash,
                event: "ChannelWithdrawn",
            })?;
        let mut updated = channel.clone();
        updated.withdrawn = log.withdrawn;
        Ok((updated, TxInfo::of(&r)))
    }

    /// Closes a channel (payee only, before expiration): credits what the payment adds and refunds
    /// the rest to the payer. Without a payment nothing more is credited.
    pub async fn close(
        &self,
        id: B256,
        channel: &Channel,
        payment: Option<(u64, &Sig)>,
    ) -> Result<TxInfo> {
        let (balance, signature) = match payment {
            Some((balance, sig)) => (U256::from(balance), Bytes::copy_from_slice(sig.as_bytes())),
            None => (U256::ZERO, Bytes::new()),
        };
        let pc = self.payment_channel();
        let call = pc.close(id, channel.clone(), balance, signature);
        self.transact(Pc, call).await
    }

    /// Closes many channels of the wallet in one transaction.
    pub async fn close_many(&self, requests: Vec<CloseRequest>) -> Result<TxInfo> {
        self.transact(Pc, self.payment_channel().closeMany(requests))
            .await
    }

    /// The payer starts an exit (R19): the channel now expires `EXIT_WINDOW` from this block, and
    /// from then on anyone may settle. Returns the channel with its new `expiration`.
    pub async fn start_exit(&self, id: B256, channel: &Channel) -> Result<(Channel, TxInfo)> {
        let pc = self.payment_channel();
        let call = pc.startExit(id, channel.clone());
        let r = self.send(Pc, call).await?;
        let log = r
            .decoded_log::<PaymentChannel::ChannelExitStarted>()
            .ok_or_else(|| ChainError::MissingEvent {
                action: action_name::<PaymentChannel::startExitCall>(Pc),
                tx: r.transaction_hash,
                event: "ChannelExitStarted",
            })?;
        let mut updated = channel.clone();
        updated.expiration = log.expiration;
        Ok((updated, TxInfo::of(&r)))
    }

    /// `EXIT_WINDOW`: how long a payee has, once its payer started an exit.
    pub async fn exit_window(&self) -> Result<u64> {
        let window = self.read(Pc, self.payment_channel().EXIT_WINDOW()).await?;
        Ok(u64::try_from(window).unwrap_or(u64::MAX))
    }

    /// Returns what the payee has not withdrawn to the payer (anyone, from expiration on).
    pub async fn settle(&self, id: B256, channel: &Channel) -> Result<TxInfo> {
        self.transact(Pc, self.payment_channel().settle(id, channel.clone()))
            .await
    }

    /// `channelHash(id)`: the commitment of an open channel, zero otherwise.
    pub async fn channel_hash(&self, id: B256) -> Result<B256> {
        self.read(Pc, self.payment_channel().channelHash(id)).await
    }

    /// [`Self::channel_hash`] as of block `block`.
    pub(crate) async fn channel_hash_at(&self, id: B256, block: u64) -> Result<B256> {
        let contract = self.payment_channel();
        let call = contract
            .channelHash(id)
            .block(alloy::eips::BlockId::number(block));
        self.read(Pc, call).await
    }

    /// A channel, rebuilt from the logs.
    pub async fn channel(&self, id: B256) -> Result<ChannelRecord> {
        let opened = self.logs(crate::logs::opened_filter().topic1(id)).await?;
        let mut records = self.rebuild(opened).await?;
        records.pop().ok_or(ChainError::UnknownChannel(id))
    }

    /// Every channel `wallet` paid into or was paid from, oldest first.
    pub async fn channels_of(&self, wallet: Address) -> Result<Vec<ChannelRecord>> {
        let topic = wallet.into_word();
        let mut opened = self
            .logs(crate::logs::opened_filter().topic2(topic))
            .await?;
        opened.extend(
            self.logs(crate::logs::opened_filter().topic3(topic))
                .await?,
        );
        opened.sort_by_key(|l| (l.block_number, l.log_index));
        opened.dedup_by_key(|l| (l.block_number, l.log_index));
        self.rebuild(opened).await
    }
}
