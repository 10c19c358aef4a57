//! The steady-state scenario's actors, their set-up, and the operations it measures, each sent
//! through the typed [`Client`] and checked against the chain.

use alloy::primitives::{Address, B256, Bytes, U256, keccak256};
use alloy::providers::Provider;
use alloy::providers::ext::AnvilApi;
use alloy::rpc::types::AccessList;
use alloy::signers::local::PrivateKeySigner;
use eyre::{WrapErr, ensure, eyre};
use paratii_chain::{
    Bid, Channel, Client, CloseRequest, ContractName, NewVideo, RunningDevNet, TxInfo, hash_channel,
};
use paratii_protocol::eip712::Eip712Domain;
use paratii_protocol::{BidMessage, BidTerms, PaymentMessage, Sig};

use crate::{BATCH, EXIT_WINDOW};

/// The salt of the video's commitment, fixed so that the commitment is the same every run.
const SALT: B256 = B256::repeat_byte(0x5a);
const FUNDS: u128 = 1_000 * 10u128.pow(18);
/// 0.01 PTI per second.
const RATE: u128 = 10u128.pow(16);
const DURATION: u32 = 100;
const SEGMENT_LENGTH: u32 = 4;
const SEGMENT_SIZE: u32 = 512;
const CID: &str = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";
const FORMAT: &str = "720p30";
/// ETH for every actor's gas (and the publisher's node key's).
const ETH: u128 = 10u128.pow(20);

const PC: ContractName = ContractName::PaymentChannel;

/// A wallet and its communication key, derived from a name so that every address (and so every
/// calldata byte) is the same from run to run, and a client sending from the wallet.
pub struct Actor {
    wallet: PrivateKeySigner,
    comm: PrivateKeySigner,
    pub client: Client,
}

fn derived_key(name: &str, role: &str) -> eyre::Result<PrivateKeySigner> {
    PrivateKeySigner::from_bytes(&keccak256(format!("paratii.gas.{name}.{role}")))
        .wrap_err_with(|| format!("deriving the {role} key of {name}"))
}

impl Actor {
    async fn new(net: &RunningDevNet, name: &str) -> eyre::Result<Self> {
        let wallet = derived_key(name, "wallet")?;
        let comm = derived_key(name, "comm")?;
        let client = net.holder.with_wallet(Some(wallet.clone())).await?;
        Ok(Self {
            wallet,
            comm,
            client,
        })
    }

    fn address(&self) -> Address {
        self.wallet.address()
    }
}

/// How an open is sent.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    /// By the publisher's wallet.
    Wallet,
    /// By the publisher's wallet, with the node's `eth_createAccessList` answer (EIP-2930).
    WalletWithAccessList,
    /// By the publisher's node key (the bid's counterparty key), acting for the wallet.
    NodeKey,
}

/// A channel to close: its payer, id, struct, and the segments of the payment closing it.
pub type Request = (usize, B256, Channel, u64);

pub struct Scenario<'a> {
    net: &'a RunningDevNet,
    domain: Eip712Domain,
    publisher: Actor,
    /// The publisher's node key, sending for the publisher's wallet and paying its own gas.
    node_key: Client,
    /// The viewer first, then the other payers of the batch close.
    pub payers: Vec<Actor>,
}

impl<'a> Scenario<'a> {
    /// The actors, with ETH for gas, PTI deposited and keys registered, and the video listed.
    pub async fn set_up(net: &'a RunningDevNet) -> eyre::Result<Self> {
        let provider = net.holder.provider();
        let publisher = Actor::new(net, "publisher").await?;
        let mut payers = vec![Actor::new(net, "viewer").await?];
        for i in 1..BATCH {
            payers.push(Actor::new(net, &format!("payer{i}")).await?);
        }
        let mut funded: Vec<Address> = payers.iter().map(Actor::address).collect();
        funded.extend([publisher.address(), publisher.comm.address()]);
        for address in funded {
            provider
                .anvil_set_balance(address, U256::from(ETH))
                .await
                .wrap_err("anvil_setBalance")?;
        }
        let node_key = net
            .holder
            .with_wallet(Some(publisher.comm.clone()))
            .await?
            .acting_for(publisher.address());
        let s = Self {
            net,
            domain: net.holder.payment_channel_domain(),
            publisher,
            node_key,
            payers,
        };
        let window = s.net.holder.exit_window().await?;
        ensure!(
            window == EXIT_WINDOW,
            "EXIT_WINDOW is {window}, the scenario expects {EXIT_WINDOW}"
        );
        for actor in std::iter::once(&s.publisher).chain(&s.payers) {
            actor.client.add_key(&actor.comm).await?;
        }
        for payer in &s.payers {
            s.net
                .holder
                .transfer_pti(payer.address(), U256::from(FUNDS))
                .await?;
            payer.client.deposit(U256::from(FUNDS)).await?;
        }
        s.register_video().await?;
        Ok(s)
    }

    /// Registers the video as `paratii upload` does: commit (computed locally), then reveal in a
    /// later block.
    async fn register_video(&self) -> eyre::Result<()> {
        let client = &self.publisher.client;
        let video = NewVideo {
            cid: CID.into(),
            owner_key: self.publisher.comm.address(),
            title: "Big Buck Bunny".into(),
            duration: DURATION,
            segment_length: SEGMENT_LENGTH,
            segment_size: SEGMENT_SIZE,
            formats: vec![FORMAT.into(), "360p30".into()],
        };
        let registry = client.video_registry();
        let call =
            registry.commitmentOf(CID.into(), self.publisher.address(), video.owner_key, SALT);
        let expected = client.read(ContractName::VideoRegistry, call).await?;
        ensure!(
            client.video_commitment(&video, SALT)? == expected,
            "the local commitment is not VideoRegistry.commitmentOf"
        );
        client.commit_video(&video, SALT).await?;
        let (id, _) = client.reveal_video(&video, SALT).await?;
        let on_chain = client
            .read(ContractName::VideoRegistry, registry.idOf(CID.into()))
            .await?;
        ensure!(
            id == on_chain && id == keccak256(CID),
            "the video id is not keccak256 of the CID"
        );
        Ok(())
    }

    /// The `Channel` struct, rebuilt from the bid and the video terms as a client would.
    pub fn channel(&self, payer: usize, withdrawn: u32, expiration: u64) -> Channel {
        Channel {
            payer: self.payers[payer].address(),
            payee: self.publisher.address(),
            payeeKey: self.publisher.comm.address(),
            pricePerSegment: U256::from(RATE * u128::from(SEGMENT_LENGTH)),
            escrow: U256::from(RATE * u128::from(DURATION)),
            withdrawn: U256::from(RATE * u128::from(SEGMENT_LENGTH) * u128::from(withdrawn)),
            expiration,
        }
    }

    /// Guards the scenario itself: the struct passed back must be the one the contract committed
    /// to.
    pub async fn check(&self, id: B256, channel: &Channel) -> eyre::Result<()> {
        let stored = self.net.holder.channel_hash(id).await?;
        ensure!(
            stored == hash_channel(channel),
            "channel {id} does not match its commitment"
        );
        Ok(())
    }

    /// Opens a channel from `payer` to the publisher on a bid signed at the payer's nonce;
    /// returns the transaction, the channel id and struct.
    pub async fn open(
        &self,
        payer: usize,
        expiration: u64,
        sender: Sender,
    ) -> eyre::Result<(TxInfo, B256, Channel)> {
        let actor = &self.payers[payer];
        let nonce = self.net.holder.nonce_of(actor.address()).await?;
        let bid = BidTerms {
            nonce,
            rate: RATE,
            expiration,
            cid: CID.into(),
            format: FORMAT.into(),
            bidder_key: actor.comm.address(),
            counterparty_key: self.publisher.comm.address(),
        }
        .sign(&self.domain, &actor.wallet, &actor.comm)?;
        let id = bid.channel_id(&self.domain);
        let pc = self.net.holder.payment_channel();
        let digest = self
            .net
            .holder
            .read(PC, pc.bidDigest(sol_bid(&bid)))
            .await?;
        ensure!(
            digest == id,
            "the bid's digest is not PaymentChannel.bidDigest"
        );
        let tx = match sender {
            Sender::Wallet => self.opened(&self.publisher.client, &bid, id).await?,
            Sender::NodeKey => self.opened(&self.node_key, &bid, id).await?,
            Sender::WalletWithAccessList => self.open_with_access_list(&bid).await?,
        };
        let channel = self.channel(payer, 0, expiration);
        self.check(id, &channel).await?;
        Ok((tx, id, channel))
    }

    /// [`Client::open`], checked against the event it reads back.
    async fn opened(&self, client: &Client, bid: &BidMessage, id: B256) -> eyre::Result<TxInfo> {
        let opened = client.open(bid).await?;
        ensure!(opened.id == id, "the channel opened is not the bid's");
        let payer = self
            .payers
            .iter()
            .position(|p| p.address() == opened.channel.payer)
            .ok_or_else(|| eyre!("channel {id} opened for an unknown payer"))?;
        ensure!(
            opened.channel == self.channel(payer, 0, bid.terms.expiration),
            "the ChannelOpened event does not carry the expected channel"
        );
        Ok(opened.tx)
    }

    /// The same `open` call, with an EIP-2930 access list from `eth_createAccessList`.
    async fn open_with_access_list(&self, bid: &BidMessage) -> eyre::Result<TxInfo> {
        let client = &self.publisher.client;
        let pc = client.payment_channel();
        let call = || {
            pc.open(
                sol_bid(bid),
                Bytes::copy_from_slice(bid.wallet_signature.as_bytes()),
                Bytes::copy_from_slice(bid.signature.as_bytes()),
            )
            .from(self.publisher.address())
        };
        let request = call().into_transaction_request();
        let answer = client
            .provider()
            .create_access_list(&request)
            .latest()
            .await
            .wrap_err("eth_createAccessList")?;
        // A listed address or slot costs 2,400 or 1,900 up front and then 100 as warm, 100 less
        // than cold; listing the callee (warm anyway) or a precompile only adds cost: keep the
        // other contracts.
        let callee = client.deployment().contracts.payment_channel;
        let kept: Vec<_> = answer
            .access_list
            .0
            .into_iter()
            .filter(|item| item.address != callee && item.address > Address::with_last_byte(0xff))
            .collect();
        Ok(client
            .transact(PC, call().access_list(AccessList(kept)))
            .await?)
    }

    /// The payer's wallet signature of a payment of `balance` segments on channel `id`.
    async fn pay(&self, payer: usize, id: B256, balance: u64) -> eyre::Result<Sig> {
        let actor = &self.payers[payer];
        let payment = PaymentMessage::sign(&self.domain, id, balance, &actor.wallet, &actor.comm)?;
        let pc = self.net.holder.payment_channel();
        let call = pc.paymentDigest(id, U256::from(balance));
        let digest = self.net.holder.read(PC, call).await?;
        ensure!(
            digest == payment.wallet_digest(&self.domain),
            "the payment's digest is not PaymentChannel.paymentDigest"
        );
        Ok(payment.wallet_signature)
    }

    pub async fn withdraw(
        &self,
        payer: usize,
        id: B256,
        channel: &Channel,
        balance: u64,
    ) -> eyre::Result<(Channel, TxInfo)> {
        let signature = self.pay(payer, id, balance).await?;
        let client = &self.publisher.client;
        let (channel, tx) = client
            .withdraw_from_channel(id, channel, balance, &signature)
            .await?;
        self.check(id, &channel).await?;
        Ok((channel, tx))
    }

    pub async fn close(
        &self,
        payer: usize,
        id: B256,
        channel: &Channel,
        balance: u64,
    ) -> eyre::Result<TxInfo> {
        let signature = self.pay(payer, id, balance).await?;
        let client = &self.publisher.client;
        Ok(client
            .close(id, channel, Some((balance, &signature)))
            .await?)
    }

    pub async fn close_many(&self, requests: &[Request]) -> eyre::Result<TxInfo> {
        let mut batch = Vec::with_capacity(requests.len());
        for (payer, id, channel, balance) in requests {
            let signature = self.pay(*payer, *id, *balance).await?;
            batch.push(CloseRequest {
                channelId: *id,
                channel: channel.clone(),
                balance: U256::from(*balance),
                signature: Bytes::copy_from_slice(signature.as_bytes()),
            });
        }
        Ok(self.publisher.client.close_many(batch).await?)
    }

    /// Anyone may settle: the deployer, a bystander, does.
    pub async fn settle(&self, id: B256, channel: &Channel) -> eyre::Result<TxInfo> {
        let tx = self.net.holder.settle(id, channel).await?;
        let stored = self.net.holder.channel_hash(id).await?;
        ensure!(
            stored.is_zero(),
            "channel {id} is still committed after settle"
        );
        Ok(tx)
    }

    /// The chain's state now (`evm_snapshot`).
    pub async fn snapshot(&self) -> eyre::Result<U256> {
        let provider = self.net.holder.provider();
        provider.anvil_snapshot().await.wrap_err("evm_snapshot")
    }

    /// Back to `snapshot` (`evm_revert`). Every client is connected again: their nonces, handed
    /// out locally, are the rewound chain's no more.
    pub async fn revert(&mut self, snapshot: U256) -> eyre::Result<()> {
        let provider = self.net.holder.provider();
        let reverted = provider
            .anvil_revert(snapshot)
            .await
            .wrap_err("evm_revert")?;
        ensure!(reverted, "evm_revert refused snapshot {snapshot}");
        let holder = &self.net.holder;
        for actor in std::iter::once(&mut self.publisher).chain(&mut self.payers) {
            actor.client = holder.with_wallet(Some(actor.wallet.clone())).await?;
        }
        self.node_key = holder
            .with_wallet(Some(self.publisher.comm.clone()))
            .await?
            .acting_for(self.publisher.address());
        Ok(())
    }

    /// `evm_setNextBlockTimestamp`: the next transaction is mined at `timestamp`.
    pub async fn next_block_at(&self, timestamp: u64) -> eyre::Result<()> {
        let provider = self.net.holder.provider();
        provider
            .anvil_set_next_block_timestamp(timestamp)
            .await
            .wrap_err("evm_setNextBlockTimestamp")?;
        Ok(())
    }

    /// Mines an empty block at `timestamp` (`evm_setNextBlockTimestamp`, `evm_mine`): the
    /// client simulates a transaction against the latest block, so a settle must see its
    /// channel's expiration passed there already.
    pub async fn mine_at(&self, timestamp: u64) -> eyre::Result<()> {
        self.next_block_at(timestamp).await?;
        let provider = self.net.holder.provider();
        provider.evm_mine(None).await.wrap_err("evm_mine")?;
        Ok(())
    }
}

/// The bindings' `Bid` of a signed bid, as [`Client::open`] builds it.
fn sol_bid(bid: &BidMessage) -> Bid {
    let t = bid.terms.to_eip712();
    Bid {
        nonce: t.nonce,
        rate: t.rate,
        expiration: t.expiration,
        video: t.video,
        format: t.format,
        bidderKey: t.bidderKey,
        counterpartyKey: t.counterpartyKey,
    }
}
