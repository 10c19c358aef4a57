//! The typed client: a [`Connection`] to any RPC URL, and a [`Client`] bound to one deployment.

use std::path::Path;
use std::time::Duration;

use alloy::network::{EthereumWallet, TransactionBuilder};
use alloy::primitives::{Address, B256, B512, Bytes, U256};
use alloy::providers::{
    DynProvider, PendingTransactionBuilder, PendingTransactionError, Provider, ProviderBuilder,
    WatchTxError,
};
use alloy::rpc::types::{TransactionReceipt, TransactionRequest};
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::{SolCall, SolStruct, SolValue};
use paratii_bindings::payment_channel::IPaymentChannel::{Bid as SolBid, Channel, CloseRequest};
use paratii_bindings::payment_channel::PaymentChannel::{self, PaymentChannelInstance};
use paratii_bindings::pti::PTI::{self, PTIInstance};
use paratii_bindings::user_registry::UserRegistry::{self, UserRegistryInstance};
use paratii_bindings::video_registry::IVideoRegistry::Video;
use paratii_bindings::video_registry::VideoRegistry::{self, VideoRegistryInstance};
use paratii_protocol::eip712::{self, Eip712Domain};
use paratii_protocol::{BidMessage, ChainState, KeyRecord, Sig, VerifiedBid, VideoTerms};
use serde::Serialize;

use crate::deployment::{CREATE2_DEPLOYER, DeployParams, Deployment};
use crate::error::{ChainError, ContractName, Result};
use crate::nonce::ResyncingNonceManager;

/// Client settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientConfig {
    /// How long to wait for a transaction's receipt.
    pub receipt_timeout: Duration,
    /// Most blocks per `eth_getLogs` request (public endpoints cap the range).
    pub log_chunk: u64,
    /// Extra gas over the estimate, in percent.
    pub gas_margin_percent: u64,
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            receipt_timeout: Duration::from_secs(120),
            log_chunk: 10_000,
            gas_margin_percent: 20,
        }
    }
}

/// A mined, successful transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TxInfo {
    /// Transaction hash.
    pub hash: B256,
    /// Block number.
    pub block: u64,
    /// Gas used.
    pub gas_used: u64,
}

impl TxInfo {
    fn of(receipt: &TransactionReceipt) -> Self {
        Self {
            hash: receipt.transaction_hash,
            block: receipt.block_number.unwrap_or_default(),
            gas_used: receipt.gas_used,
        }
    }
}

/// A connection to an RPC endpoint, with or without a wallet to send transactions.
#[derive(Debug, Clone)]
pub struct Connection {
    provider: DynProvider,
    chain_id: u64,
    wallet: Option<PrivateKeySigner>,
    nonces: ResyncingNonceManager,
    config: ClientConfig,
    url: String,
}

fn parse_url(url: &str) -> Result<alloy::transports::http::reqwest::Url> {
    url.parse::<alloy::transports::http::reqwest::Url>()
        .map_err(|e| ChainError::InvalidUrl {
            url: url.to_owned(),
            reason: e.to_string(),
        })
}

impl Connection {
    /// Connects to `url` with the default settings. With a wallet, transactions are signed locally
    /// and their nonces handed out so that concurrent sends never collide.
    pub async fn connect(url: &str, wallet: Option<PrivateKeySigner>) -> Result<Self> {
        Self::connect_with(url, wallet, ClientConfig::default()).await
    }

    /// Connects with explicit settings.
    pub async fn connect_with(
        url: &str,
        wallet: Option<PrivateKeySigner>,
        config: ClientConfig,
    ) -> Result<Self> {
        let parsed = parse_url(url)?;
        let nonces = ResyncingNonceManager::default();
        let provider = match &wallet {
            Some(signer) => ProviderBuilder::new()
                .disable_recommended_fillers()
                .with_gas_estimation()
                .with_nonce_management(nonces.clone())
                .fetch_chain_id()
                .wallet(EthereumWallet::from(signer.clone()))
                .connect_http(parsed)
                .erased(),
            None => ProviderBuilder::new()
                .disable_recommended_fillers()
                .connect_http(parsed)
                .erased(),
        };
        let chain_id = provider
            .get_chain_id()
            .await
            .map_err(|e| ChainError::from_transport(format!("connecting to {url}"), None, e))?;
        Ok(Self {
            provider,
            chain_id,
            wallet,
            nonces,
            config,
            url: url.to_owned(),
        })
    }

    /// The RPC URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The provider.
    pub const fn provider(&self) -> &DynProvider {
        &self.provider
    }

    /// The chain id of the endpoint.
    pub const fn chain_id(&self) -> u64 {
        self.chain_id
    }

    /// The settings.
    pub const fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// The wallet's address, when there is a wallet.
    pub fn wallet_address(&self) -> Option<Address> {
        self.wallet.as_ref().map(PrivateKeySigner::address)
    }

    /// The wallet's signer, when there is a wallet.
    pub const fn wallet(&self) -> Option<&PrivateKeySigner> {
        self.wallet.as_ref()
    }

    fn require_wallet(&self) -> Result<&PrivateKeySigner> {
        self.wallet.as_ref().ok_or(ChainError::NoWallet)
    }

    /// The latest block's number.
    pub async fn block_number(&self) -> Result<u64> {
        self.provider
            .get_block_number()
            .await
            .map_err(|e| ChainError::from_transport("eth_blockNumber", None, e))
    }

    /// The latest block's timestamp (what `block.timestamp` would be for a call now).
    pub async fn block_timestamp(&self) -> Result<u64> {
        let block = self
            .provider
            .get_block_by_number(alloy::eips::BlockNumberOrTag::Latest)
            .await
            .map_err(|e| ChainError::from_transport("eth_getBlockByNumber", None, e))?;
        Ok(block.map(|b| b.header.timestamp).unwrap_or_default())
    }

    /// The ETH balance of `address`.
    pub async fn eth_balance(&self, address: Address) -> Result<U256> {
        self.provider
            .get_balance(address)
            .await
            .map_err(|e| ChainError::from_transport("eth_getBalance", None, e))
    }

    /// Whether `address` holds code.
    pub async fn has_code(&self, address: Address) -> Result<bool> {
        let code = self
            .provider
            .get_code_at(address)
            .await
            .map_err(|e| ChainError::from_transport("eth_getCode", None, e))?;
        Ok(!code.is_empty())
    }

    /// Sends a contract call from the wallet: simulates it first (a revert becomes a typed
    /// [`ChainError::Revert`] and nothing is sent), then sends it and waits for the receipt.
    async fn send_call<C: SolCall>(
        &self,
        action: &str,
        contract: ContractName,
        call: alloy::contract::SolCallBuilder<&DynProvider, C>,
    ) -> Result<TransactionReceipt> {
        let from = self.require_wallet()?.address();
        let call = call.from(from);
        let gas = call
            .estimate_gas()
            .await
            .map_err(|e| ChainError::from_contract(action, Some(contract), e))?;
        let call = call.gas(self.with_margin(gas));
        let pending = match call.send().await {
            Ok(pending) => pending,
            Err(e) => {
                self.nonces.resync(from).await;
                return Err(ChainError::from_contract(action, Some(contract), e));
            }
        };
        self.await_receipt(action, pending).await
    }

    /// Sends a raw transaction request from the wallet, simulating it first.
    async fn send_request(
        &self,
        action: &str,
        contract: Option<ContractName>,
        tx: TransactionRequest,
    ) -> Result<TransactionReceipt> {
        let from = self.require_wallet()?.address();
        let tx = tx.with_from(from);
        let gas = self
            .provider
            .estimate_gas(tx.clone())
            .await
            .map_err(|e| ChainError::from_transport(action, contract, e))?;
        let tx = tx.with_gas_limit(self.with_margin(gas));
        let pending = match self.provider.send_transaction(tx).await {
            Ok(pending) => pending,
            Err(e) => {
                self.nonces.resync(from).await;
                return Err(ChainError::from_transport(action, contract, e));
            }
        };
        self.await_receipt(action, pending).await
    }

    fn with_margin(&self, gas: u64) -> u64 {
        gas.saturating_add(gas.saturating_mul(self.config.gas_margin_percent) / 100)
    }

    async fn await_receipt(
        &self,
        action: &str,
        pending: PendingTransactionBuilder<alloy::network::Ethereum>,
    ) -> Result<TransactionReceipt> {
        let tx = *pending.tx_hash();
        let timeout = self.config.receipt_timeout;
        let receipt = pending
            .with_timeout(Some(timeout))
            .get_receipt()
            .await
            .map_err(|e| match e {
                PendingTransactionError::TxWatcher(WatchTxError::Timeout) => {
                    ChainError::ReceiptTimeout {
                        action: action.to_owned(),
                        tx,
                        timeout,
                    }
                }
                PendingTransactionError::TransportError(source) => ChainError::Rpc {
                    action: action.to_owned(),
                    source,
                },
                other => ChainError::Rpc {
                    action: action.to_owned(),
                    source: alloy::transports::TransportErrorKind::custom(other),
                },
            })?;
        if !receipt.status() {
            return Err(ChainError::TxFailed {
                action: action.to_owned(),
                tx,
                block: receipt.block_number.unwrap_or_default(),
            });
        }
        Ok(receipt)
    }

    /// Sends ETH from the wallet.
    pub async fn send_eth(&self, to: Address, amount: U256) -> Result<TxInfo> {
        let tx = TransactionRequest::default().with_to(to).with_value(amount);
        let receipt = self.send_request("sending ETH", None, tx).await?;
        Ok(TxInfo::of(&receipt))
    }

    /// Deploys whatever is missing of the four contracts at their CREATE2 addresses through the
    /// deterministic deployer, with the same salt and init code as `script/Deploy.s.sol`, so the
    /// addresses are the script's. Re-running reuses what is there.
    pub async fn deploy(&self, params: &DeployParams) -> Result<Deployed> {
        params.validate()?;
        self.require_wallet()?;
        if !self.has_code(CREATE2_DEPLOYER).await? {
            return Err(ChainError::Create2DeployerMissing {
                chain_id: self.chain_id,
                deployer: CREATE2_DEPLOYER,
            });
        }
        let block_before = self.block_number().await?;
        let mut created = Vec::new();
        let mut txs = Vec::new();
        for (name, predicted, init_code) in params.plan() {
            if self.has_code(predicted).await? {
                continue;
            }
            let input: Bytes = [params.salt.as_slice(), init_code.as_ref()].concat().into();
            let tx = TransactionRequest::default()
                .with_to(CREATE2_DEPLOYER)
                .with_input(input);
            let receipt = self
                .send_request(&format!("deploying {name}"), Some(name), tx)
                .await?;
            if !self.has_code(predicted).await? {
                return Err(ChainError::Create2Failed { name, predicted });
            }
            created.push(name);
            txs.push(TxInfo::of(&receipt));
        }
        let deployment = Deployment {
            chain_id: self.chain_id,
            salt: params.salt,
            holder: params.holder,
            supply: params.supply,
            create2_deployer: CREATE2_DEPLOYER,
            start_block: if created.is_empty() { 0 } else { block_before },
            contracts: params.predict(),
        };
        Ok(Deployed {
            deployment,
            created,
            txs,
        })
    }

    /// [`deploy`](Self::deploy), then records the deployment in `<dir>/<chainId>.json` as
    /// `Deploy.runWith` does: an idempotent re-run keeps the start block of an earlier record of
    /// the same contracts.
    pub async fn deploy_and_record(&self, params: &DeployParams, dir: &Path) -> Result<Deployed> {
        let mut deployed = self.deploy(params).await?;
        let path = Deployment::path_in(dir, self.chain_id);
        if deployed.created.is_empty()
            && let Ok(previous) = Deployment::load(&path)
            && previous.contracts.payment_channel == deployed.deployment.contracts.payment_channel
        {
            deployed.deployment.start_block = previous.start_block;
        }
        deployed.deployment.save(&path)?;
        Ok(deployed)
    }

    /// Binds to a deployment after checking it is for this chain and its contracts have code.
    pub async fn attach(self, deployment: Deployment) -> Result<Client> {
        if deployment.chain_id != self.chain_id {
            return Err(ChainError::ChainMismatch {
                recorded: deployment.chain_id,
                actual: self.chain_id,
            });
        }
        for (name, address) in deployment.contracts.named() {
            if !self.has_code(address).await? {
                return Err(ChainError::MissingContract {
                    name,
                    address,
                    chain_id: self.chain_id,
                });
            }
        }
        Ok(Client {
            conn: self,
            deployment,
        })
    }

    /// Loads `<dir>/<chainId>.json` for this endpoint's chain and attaches to it.
    pub async fn attach_from_dir(self, dir: &Path) -> Result<Client> {
        let deployment = Deployment::load_for_chain(dir, self.chain_id)?;
        self.attach(deployment).await
    }
}

/// What [`Connection::deploy`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deployed {
    /// The deployment.
    pub deployment: Deployment,
    /// The contracts this call created, in order (empty on a re-run).
    pub created: Vec<ContractName>,
    /// The transactions that created them.
    pub txs: Vec<TxInfo>,
}

/// A video to register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewVideo {
    /// The directory CID.
    pub cid: String,
    /// The communication key that speaks for the video (an active key of the wallet).
    pub owner_key: Address,
    /// Title.
    pub title: String,
    /// Seconds.
    pub duration: u32,
    /// Seconds per segment.
    pub segment_length: u32,
    /// Kilobytes per segment.
    pub segment_size: u32,
    /// Format names, e.g. `720p30`.
    pub formats: Vec<String>,
}

/// A registered video with its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoRecord {
    /// keccak256 of the CID.
    pub id: B256,
    /// The directory CID.
    pub cid: String,
    /// The owner communication key.
    pub owner_key: Address,
    /// The publishing wallet.
    pub publisher: Address,
    /// Title.
    pub title: String,
    /// Seconds.
    pub duration: u32,
    /// Seconds per segment.
    pub segment_length: u32,
    /// Kilobytes per segment.
    pub segment_size: u32,
    /// Whether new channels may open on it.
    pub listed: bool,
    /// Format names.
    pub formats: Vec<String>,
}

impl VideoRecord {
    fn new(id: B256, v: Video) -> Self {
        Self {
            id,
            cid: v.cid,
            owner_key: v.ownerKey,
            publisher: v.publisher,
            title: v.title,
            duration: v.duration,
            segment_length: v.segmentLength,
            segment_size: v.segmentSize,
            listed: v.listed,
            formats: v.formats,
        }
    }
}

/// A communication key of a wallet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WalletKey {
    /// The key's address.
    pub key: Address,
    /// Whether it is active (not revoked).
    pub active: bool,
    /// Its 64-byte public key.
    pub public_key: B512,
}

/// A wallet's funds and nonce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Balances {
    /// The wallet.
    pub wallet: Address,
    /// ETH (for gas), in wei.
    pub eth: U256,
    /// PTI held by the wallet itself, in wei.
    pub pti: U256,
    /// Free PTI in `PaymentChannel`, in wei: what bids can escrow.
    pub deposited: U256,
    /// The nonce the wallet's next bid must carry.
    pub nonce: B256,
}

/// The state of a channel, rebuilt from the logs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum ChannelStatus {
    /// Open, before its expiration: the payee may withdraw or close.
    Open,
    /// Open but expired: anyone may settle.
    Expired,
    /// Closed by the payee.
    Closed {
        /// The cumulative segments paid for.
        balance: U256,
        /// Credited to the payee by the close.
        amount: U256,
        /// Returned to the payer.
        refund: U256,
    },
    /// Settled after expiration.
    Settled {
        /// Returned to the payer.
        refund: U256,
    },
}

impl ChannelStatus {
    /// Whether the channel still holds escrow.
    pub const fn is_open(&self) -> bool {
        matches!(self, Self::Open | Self::Expired)
    }
}

/// A channel as rebuilt from its `ChannelOpened`, `ChannelWithdrawn`, `ChannelClosed` and
/// `ChannelSettled` logs; for an open channel, checked against the on-chain `channelHash`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelRecord {
    /// The channel id (the bid digest).
    pub id: B256,
    /// The struct to pass back to the contract (its `withdrawn` is the latest).
    pub channel: Channel,
    /// The video id.
    pub video: B256,
    /// keccak256 of the format name.
    pub format_hash: B256,
    /// The block it was opened in.
    pub opened_block: u64,
    /// Open, expired, closed or settled.
    #[serde(flatten)]
    pub status: ChannelStatus,
}

/// What opening a channel returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Opened {
    /// The channel id.
    pub id: B256,
    /// The channel, to pass back to later calls.
    pub channel: Channel,
    /// The transaction.
    pub tx: TxInfo,
}

/// A client bound to one deployment.
#[derive(Debug, Clone)]
pub struct Client {
    conn: Connection,
    deployment: Deployment,
}

impl std::ops::Deref for Client {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        &self.conn
    }
}

fn call_err(
    action: &'static str,
    contract: ContractName,
) -> impl FnOnce(alloy::contract::Error) -> ChainError {
    move |e| ChainError::from_contract(action, Some(contract), e)
}

impl Client {
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
        let conn = Connection::connect_with(&self.conn.url, wallet, self.conn.config).await?;
        Ok(Self {
            conn,
            deployment: self.deployment.clone(),
        })
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

    // ---------------------------------------------------------------- PTI

    /// PTI held by `owner` (not deposited).
    pub async fn pti_balance(&self, owner: Address) -> Result<U256> {
        self.pti()
            .balanceOf(owner)
            .call()
            .await
            .map_err(call_err("PTI.balanceOf", ContractName::Pti))
    }

    /// What `PaymentChannel` may pull from `owner`.
    pub async fn pti_allowance(&self, owner: Address) -> Result<U256> {
        self.pti()
            .allowance(owner, self.deployment.contracts.payment_channel)
            .call()
            .await
            .map_err(call_err("PTI.allowance", ContractName::Pti))
    }

    /// Sends PTI from the wallet to `to`.
    pub async fn transfer_pti(&self, to: Address, amount: U256) -> Result<TxInfo> {
        let instance = self.pti();
        let call = instance.transfer(to, amount);
        let r = self
            .send_call("PTI.transfer", ContractName::Pti, call)
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// Lets `PaymentChannel` pull `amount` PTI from the wallet.
    pub async fn approve(&self, amount: U256) -> Result<TxInfo> {
        let instance = self.pti();
        let call = instance.approve(self.deployment.contracts.payment_channel, amount);
        let r = self
            .send_call("PTI.approve", ContractName::Pti, call)
            .await?;
        Ok(TxInfo::of(&r))
    }

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
        let instance = self.payment_channel();
        let call = instance.deposit(amount);
        let r = self
            .send_call("PaymentChannel.deposit", ContractName::PaymentChannel, call)
            .await?;
        Ok((approval, TxInfo::of(&r)))
    }

    /// Deposits `amount` PTI in one transaction with an EIP-2612 permit signed by the wallet,
    /// valid until `deadline` (unix seconds).
    pub async fn deposit_with_permit(&self, amount: U256, deadline: u64) -> Result<TxInfo> {
        let wallet = self.require_wallet()?;
        let owner = wallet.address();
        let pti = self.pti();
        let nonce = pti
            .nonces(owner)
            .call()
            .await
            .map_err(call_err("PTI.nonces", ContractName::Pti))?;
        let domain = pti
            .eip712Domain()
            .call()
            .await
            .map_err(call_err("PTI.eip712Domain", ContractName::Pti))?;
        let domain = Eip712Domain::new(
            Some(domain.name.into()),
            Some(domain.version.into()),
            Some(domain.chainId),
            Some(domain.verifyingContract),
            None,
        );
        let permit = Permit {
            owner,
            spender: self.deployment.contracts.payment_channel,
            value: amount,
            nonce,
            deadline: U256::from(deadline),
        };
        let digest = permit.eip712_signing_hash(&domain);
        let sig = Sig::sign(wallet, &digest)?;
        let instance = self.payment_channel();
        let call =
            instance.depositWithPermit(amount, U256::from(deadline), sig.v(), sig.r(), sig.s());
        let r = self
            .send_call(
                "PaymentChannel.depositWithPermit",
                ContractName::PaymentChannel,
                call,
            )
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// Withdraws `amount` of the wallet's free PTI back to the wallet.
    pub async fn withdraw(&self, amount: U256) -> Result<TxInfo> {
        let instance = self.payment_channel();
        let call = instance.withdraw(amount);
        let r = self
            .send_call(
                "PaymentChannel.withdraw",
                ContractName::PaymentChannel,
                call,
            )
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// `wallet`'s free balance in `PaymentChannel`.
    pub async fn deposited(&self, wallet: Address) -> Result<U256> {
        self.payment_channel()
            .balanceOf(wallet)
            .call()
            .await
            .map_err(call_err(
                "PaymentChannel.balanceOf",
                ContractName::PaymentChannel,
            ))
    }

    /// `wallet`'s current nonce: what its next bid must carry.
    pub async fn nonce_of(&self, wallet: Address) -> Result<B256> {
        self.payment_channel()
            .nonceOf(wallet)
            .call()
            .await
            .map_err(call_err(
                "PaymentChannel.nonceOf",
                ContractName::PaymentChannel,
            ))
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

    // ---------------------------------------------------------------- users

    /// Sets the wallet's profile metadata (JSON or a CID, at most 4,096 bytes).
    pub async fn set_profile(&self, metadata: &str) -> Result<TxInfo> {
        let instance = self.user_registry();
        let call = instance.setProfile(metadata.to_owned());
        let r = self
            .send_call("UserRegistry.setProfile", ContractName::UserRegistry, call)
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// `wallet`'s profile metadata.
    pub async fn profile(&self, wallet: Address) -> Result<String> {
        self.user_registry()
            .profileOf(wallet)
            .call()
            .await
            .map_err(call_err(
                "UserRegistry.profileOf",
                ContractName::UserRegistry,
            ))
    }

    /// Registers communication key `key` for the wallet, with its proof of possession (the key
    /// signs `KeyOwnership(wallet)`).
    pub async fn add_key(&self, key: &PrivateKeySigner) -> Result<TxInfo> {
        let me = self.me()?;
        let proof =
            paratii_protocol::ownership::sign_key_ownership(&self.user_registry_domain(), me, key)?;
        self.add_key_with_proof(key.public_key(), &proof).await
    }

    /// Registers a communication key from its public key and a proof made elsewhere.
    pub async fn add_key_with_proof(&self, public_key: B512, proof: &Sig) -> Result<TxInfo> {
        let instance = self.user_registry();
        let call = instance.addKey(
            Bytes::copy_from_slice(public_key.as_slice()),
            Bytes::copy_from_slice(proof.as_bytes()),
        );
        let r = self
            .send_call("UserRegistry.addKey", ContractName::UserRegistry, call)
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// Revokes one of the wallet's communication keys, for good.
    pub async fn revoke_key(&self, key: Address) -> Result<TxInfo> {
        let instance = self.user_registry();
        let call = instance.revokeKey(key);
        let r = self
            .send_call("UserRegistry.revokeKey", ContractName::UserRegistry, call)
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// The wallet a key belongs to (zero when unregistered) and whether it is active.
    pub async fn key_of(&self, key: Address) -> Result<KeyRecord> {
        let r = self
            .user_registry()
            .keyOf(key)
            .call()
            .await
            .map_err(call_err("UserRegistry.keyOf", ContractName::UserRegistry))?;
        Ok(KeyRecord {
            wallet: r.wallet,
            active: r.active,
        })
    }

    /// Every key `wallet` registered, active or revoked, with its public key.
    pub async fn keys_of_wallet(&self, wallet: Address) -> Result<Vec<WalletKey>> {
        let registry = self.user_registry();
        let keys = registry
            .keysOfWallet(wallet)
            .call()
            .await
            .map_err(call_err(
                "UserRegistry.keysOfWallet",
                ContractName::UserRegistry,
            ))?;
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            let record = self.key_of(key).await?;
            let public = registry.publicKeyOf(key).call().await.map_err(call_err(
                "UserRegistry.publicKeyOf",
                ContractName::UserRegistry,
            ))?;
            out.push(WalletKey {
                key,
                active: record.active,
                public_key: B512::try_from(public.as_ref()).unwrap_or_default(),
            });
        }
        Ok(out)
    }

    // ---------------------------------------------------------------- videos

    /// Registers a video for the wallet; returns its id.
    pub async fn register_video(&self, video: &NewVideo) -> Result<(B256, TxInfo)> {
        let record = Video {
            cid: video.cid.clone(),
            ownerKey: video.owner_key,
            publisher: Address::ZERO,
            title: video.title.clone(),
            duration: video.duration,
            segmentLength: video.segment_length,
            segmentSize: video.segment_size,
            listed: true,
            formats: video.formats.clone(),
        };
        let instance = self.video_registry();
        let call = instance.register(record);
        let r = self
            .send_call("VideoRegistry.register", ContractName::VideoRegistry, call)
            .await?;
        Ok((eip712::video_id(&video.cid), TxInfo::of(&r)))
    }

    /// Changes a video's title (publisher only).
    pub async fn update_title(&self, id: B256, title: &str) -> Result<TxInfo> {
        let instance = self.video_registry();
        let call = instance.updateTitle(id, title.to_owned());
        let r = self
            .send_call(
                "VideoRegistry.updateTitle",
                ContractName::VideoRegistry,
                call,
            )
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// Unlists a video so no new channel opens on it (publisher only).
    pub async fn unlist(&self, id: B256) -> Result<TxInfo> {
        let instance = self.video_registry();
        let call = instance.unlist(id);
        let r = self
            .send_call("VideoRegistry.unlist", ContractName::VideoRegistry, call)
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// A video; reverts with `UnknownVideo` when absent.
    pub async fn video(&self, id: B256) -> Result<VideoRecord> {
        let v = self
            .video_registry()
            .videoOf(id)
            .call()
            .await
            .map_err(call_err(
                "VideoRegistry.videoOf",
                ContractName::VideoRegistry,
            ))?;
        Ok(VideoRecord::new(id, v))
    }

    /// Every registered video, in registration order.
    pub async fn videos(&self) -> Result<Vec<VideoRecord>> {
        const PAGE: u64 = 100;
        let registry = self.video_registry();
        let count = registry.videoCount().call().await.map_err(call_err(
            "VideoRegistry.videoCount",
            ContractName::VideoRegistry,
        ))?;
        let count = u64::try_from(count).unwrap_or(u64::MAX);
        let mut out = Vec::new();
        let mut start = 0;
        while start < count {
            let ids = registry
                .videoIds(U256::from(start), U256::from(PAGE))
                .call()
                .await
                .map_err(call_err(
                    "VideoRegistry.videoIds",
                    ContractName::VideoRegistry,
                ))?;
            if ids.is_empty() {
                break;
            }
            start += ids.len() as u64;
            for id in ids {
                out.push(self.video(id).await?);
            }
        }
        Ok(out)
    }

    /// The videos `publisher` registered.
    pub async fn videos_of(&self, publisher: Address) -> Result<Vec<VideoRecord>> {
        let ids = self
            .video_registry()
            .videosOfPublisher(publisher)
            .call()
            .await
            .map_err(call_err(
                "VideoRegistry.videosOfPublisher",
                ContractName::VideoRegistry,
            ))?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(self.video(id).await?);
        }
        Ok(out)
    }

    /// `termsOf(video, keccak256(format))`.
    pub async fn video_terms(&self, video: B256, format: &str) -> Result<VideoTerms> {
        let t = self
            .video_registry()
            .termsOf(video, eip712::format_hash(format))
            .call()
            .await
            .map_err(call_err(
                "VideoRegistry.termsOf",
                ContractName::VideoRegistry,
            ))?;
        Ok(VideoTerms {
            available: t.available,
            duration: t.duration,
            segment_length: t.segmentLength,
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

    /// Opens a channel from a signed bid; the wallet must own the bid's counterparty key and
    /// becomes the payee.
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
        let instance = self.payment_channel();
        let call = instance.open(
            sol_bid,
            Bytes::copy_from_slice(bid.wallet_signature.as_bytes()),
            Bytes::copy_from_slice(bid.signature.as_bytes()),
        );
        let action = "PaymentChannel.open";
        let r = self
            .send_call(action, ContractName::PaymentChannel, call)
            .await?;
        let log = r
            .decoded_log::<PaymentChannel::ChannelOpened>()
            .ok_or_else(|| ChainError::MissingEvent {
                action: action.into(),
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
        let instance = self.payment_channel();
        let call = instance.withdrawFromChannel(
            id,
            channel.clone(),
            U256::from(balance),
            Bytes::copy_from_slice(signature.as_bytes()),
        );
        let action = "PaymentChannel.withdrawFromChannel";
        let r = self
            .send_call(action, ContractName::PaymentChannel, call)
            .await?;
        let log = r
            .decoded_log::<PaymentChannel::ChannelWithdrawn>()
            .ok_or_else(|| ChainError::MissingEvent {
                action: action.into(),
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
        let instance = self.payment_channel();
        let call = instance.close(id, channel.clone(), balance, signature);
        let r = self
            .send_call("PaymentChannel.close", ContractName::PaymentChannel, call)
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// Closes many channels of the wallet in one transaction.
    pub async fn close_many(&self, requests: Vec<CloseRequest>) -> Result<TxInfo> {
        let instance = self.payment_channel();
        let call = instance.closeMany(requests);
        let r = self
            .send_call(
                "PaymentChannel.closeMany",
                ContractName::PaymentChannel,
                call,
            )
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// Returns what the payee has not withdrawn to the payer (anyone, from expiration on).
    pub async fn settle(&self, id: B256, channel: &Channel) -> Result<TxInfo> {
        let instance = self.payment_channel();
        let call = instance.settle(id, channel.clone());
        let r = self
            .send_call("PaymentChannel.settle", ContractName::PaymentChannel, call)
            .await?;
        Ok(TxInfo::of(&r))
    }

    /// `channelHash(id)`: the commitment of an open channel, zero otherwise.
    pub async fn channel_hash(&self, id: B256) -> Result<B256> {
        self.payment_channel()
            .channelHash(id)
            .call()
            .await
            .map_err(call_err(
                "PaymentChannel.channelHash",
                ContractName::PaymentChannel,
            ))
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

    async fn logs(&self, filter: alloy::rpc::types::Filter) -> Result<Vec<alloy::rpc::types::Log>> {
        let latest = self.block_number().await?;
        crate::logs::get_logs_chunked(
            self.provider(),
            filter.address(self.deployment.contracts.payment_channel),
            self.deployment.start_block,
            latest,
            self.config().log_chunk,
        )
        .await
    }

    async fn rebuild(&self, opened: Vec<alloy::rpc::types::Log>) -> Result<Vec<ChannelRecord>> {
        if opened.is_empty() {
            return Ok(Vec::new());
        }
        let mut records = Vec::with_capacity(opened.len());
        for log in &opened {
            let decoded = log
                .log_decode::<PaymentChannel::ChannelOpened>()
                .map_err(|e| ChainError::BadLog {
                    event: "ChannelOpened",
                    reason: e.to_string(),
                })?;
            let data = &decoded.inner.data;
            records.push(ChannelRecord {
                id: data.channelId,
                channel: channel_of(data),
                video: data.video,
                format_hash: data.formatHash,
                opened_block: log.block_number.unwrap_or_default(),
                status: ChannelStatus::Open,
            });
        }
        let ids: Vec<B256> = records.iter().map(|r| r.id).collect();
        let updates = self.logs(crate::logs::updates_filter(ids)).await?;
        for log in &updates {
            crate::logs::apply(&mut records, log)?;
        }
        let now = self.block_timestamp().await?;
        for record in &mut records {
            if !record.status.is_open() {
                continue;
            }
            let rebuilt = hash_channel(&record.channel);
            let on_chain = self.channel_hash(record.id).await?;
            if rebuilt != on_chain {
                return Err(ChainError::ChannelStateMismatch {
                    id: record.id,
                    rebuilt,
                    on_chain,
                });
            }
            if now >= record.channel.expiration {
                record.status = ChannelStatus::Expired;
            }
        }
        Ok(records)
    }
}

/// The `Channel` a `ChannelOpened` event describes (nothing withdrawn yet).
pub fn channel_of(opened: &PaymentChannel::ChannelOpened) -> Channel {
    Channel {
        payer: opened.payer,
        payee: opened.payee,
        pricePerSegment: opened.pricePerSegment,
        escrow: opened.escrow,
        withdrawn: U256::ZERO,
        expiration: opened.expiration,
    }
}

/// `keccak256(abi.encode(channel))`, the commitment `PaymentChannel` stores.
pub fn hash_channel(channel: &Channel) -> B256 {
    alloy::primitives::keccak256(channel.abi_encode())
}

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
