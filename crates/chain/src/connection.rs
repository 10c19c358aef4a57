//! A connection to an RPC endpoint and the transactions sent through it: every contract
//! operation is simulated, sent from the wallet with a locally handed-out nonce, and awaited
//! with a timeout here, in [`Connection::send`].

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use alloy::contract::SolCallBuilder;
use alloy::network::{EthereumWallet, TransactionBuilder};
use alloy::primitives::{Address, U256};
use alloy::providers::{
    DynProvider, PendingTransactionBuilder, PendingTransactionError, Provider, ProviderBuilder,
    WatchTxError,
};
use alloy::rpc::types::{TransactionReceipt, TransactionRequest};
use alloy::signers::local::PrivateKeySigner;
use alloy::sol_types::SolCall;
use serde::Serialize;

use crate::client::Client;
use crate::deployment::Deployment;
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
    pub hash: alloy::primitives::B256,
    /// Block number.
    pub block: u64,
    /// Gas used.
    pub gas_used: u64,
}

impl TxInfo {
    pub(crate) fn of(receipt: &TransactionReceipt) -> Self {
        Self {
            hash: receipt.transaction_hash,
            block: receipt.block_number.unwrap_or_default(),
            gas_used: receipt.gas_used,
        }
    }
}

/// `Contract.function` for a call of type `C`: the function name is `C::SIGNATURE` up to its
/// parenthesis, so an operation's errors name it without a string written by hand.
pub fn action_name<C: SolCall>(contract: ContractName) -> String {
    let function = C::SIGNATURE
        .split_once('(')
        .map_or(C::SIGNATURE, |(name, _)| name);
    format!("{contract}.{function}")
}

/// A connection to an RPC endpoint, with or without a wallet to send transactions.
#[derive(Debug, Clone)]
pub struct Connection {
    provider: DynProvider,
    chain_id: u64,
    wallet: Option<PrivateKeySigner>,
    nonces: ResyncingNonceManager,
    /// Held from a transaction's nonce to its broadcast: the node then receives one wallet's
    /// transactions in nonce order. Sent concurrently, nonce N + 1 could reach it before N,
    /// and anvil's auto-miner can leave such a transaction queued for ever (foundry-rs/foundry
    /// #10122; seen here as every later withdrawal of the publisher stuck behind one nonce).
    broadcasting: Arc<tokio::sync::Mutex<()>>,
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
            broadcasting: Arc::default(),
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

    pub(crate) fn require_wallet(&self) -> Result<&PrivateKeySigner> {
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
        self.timestamp_of(alloy::eips::BlockNumberOrTag::Latest)
            .await
    }

    /// Block `number`'s timestamp.
    pub(crate) async fn block_timestamp_at(&self, number: u64) -> Result<u64> {
        self.timestamp_of(alloy::eips::BlockNumberOrTag::Number(number))
            .await
    }

    async fn timestamp_of(&self, block: alloy::eips::BlockNumberOrTag) -> Result<u64> {
        let block = self
            .provider
            .get_block_by_number(block)
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
    /// Errors name the action `Contract.function`, from `contract` and the call's type.
    pub async fn send<P: Provider, C: SolCall>(
        &self,
        contract: ContractName,
        call: SolCallBuilder<P, C>,
    ) -> Result<TransactionReceipt> {
        let action = action_name::<C>(contract);
        let from = self.require_wallet()?.address();
        let call = call.from(from);
        let gas = call
            .estimate_gas()
            .await
            .map_err(|e| ChainError::from_contract(&action, Some(contract), e))?;
        let call = call.gas(self.with_margin(gas));
        let broadcasting = self.broadcasting.lock().await;
        let pending = match call.send().await {
            Ok(pending) => pending,
            Err(e) => {
                // The nonce it took was never broadcast: without a resync every later
                // transaction would wait behind the gap. Under the lock, the node's pending
                // count includes every nonce handed out before this one.
                self.nonces.resync(from).await;
                return Err(ChainError::from_contract(&action, Some(contract), e));
            }
        };
        drop(broadcasting);
        self.await_receipt(&action, pending).await
    }

    /// [`send`](Self::send), for operations whose receipt says nothing more than that it
    /// succeeded.
    pub async fn transact<P: Provider, C: SolCall>(
        &self,
        contract: ContractName,
        call: SolCallBuilder<P, C>,
    ) -> Result<TxInfo> {
        self.send(contract, call).await.map(|r| TxInfo::of(&r))
    }

    /// A view call (`eth_call`), its revert decoded against `contract` first and named
    /// `Contract.function` like [`send`](Self::send)'s.
    pub async fn read<P: Provider, C: SolCall>(
        &self,
        contract: ContractName,
        call: SolCallBuilder<P, C>,
    ) -> Result<C::Return> {
        call.call()
            .await
            .map_err(|e| ChainError::from_contract(action_name::<C>(contract), Some(contract), e))
    }

    /// Sends a raw transaction request from the wallet, simulating it first.
    pub(crate) async fn send_request(
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
        let broadcasting = self.broadcasting.lock().await;
        let pending = match self.provider.send_transaction(tx).await {
            Ok(pending) => pending,
            Err(e) => {
                self.nonces.resync(from).await;
                return Err(ChainError::from_transport(action, contract, e));
            }
        };
        drop(broadcasting);
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
        Ok(Client::new(self, deployment))
    }

    /// Loads `<dir>/<chainId>.json` for this endpoint's chain and attaches to it.
    pub async fn attach_from_dir(self, dir: &Path) -> Result<Client> {
        let deployment = Deployment::load_for_chain(dir, self.chain_id)?;
        self.attach(deployment).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use paratii_bindings::payment_channel::PaymentChannel;
    use paratii_bindings::video_registry::VideoRegistry;

    #[test]
    fn actions_are_named_after_the_call_type() {
        assert_eq!(
            action_name::<PaymentChannel::openCall>(ContractName::PaymentChannel),
            "PaymentChannel.open"
        );
        assert_eq!(
            action_name::<PaymentChannel::withdrawFromChannelCall>(ContractName::PaymentChannel),
            "PaymentChannel.withdrawFromChannel"
        );
        assert_eq!(
            action_name::<VideoRegistry::updateTitleCall>(ContractName::VideoRegistry),
            "VideoRegistry.updateTitle"
        );
    }
}
