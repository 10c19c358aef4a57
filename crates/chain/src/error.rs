//! The one error type of this crate, and the typed decoding of contract reverts.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use alloy::primitives::{Address, B256, Bytes, U256};
use alloy::sol_types::{Panic, Revert as RevertString, SolError, SolInterface};
use paratii_bindings::payment_channel::PaymentChannel::PaymentChannelErrors;
use paratii_bindings::pti::PTI::PTIErrors;
use paratii_bindings::user_registry::UserRegistry::UserRegistryErrors;
use paratii_bindings::video_registry::VideoRegistry::VideoRegistryErrors;

/// Which Paratii contract a revert was decoded against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContractName {
    /// The PTI token.
    Pti,
    /// `UserRegistry`.
    UserRegistry,
    /// `VideoRegistry`.
    VideoRegistry,
    /// `PaymentChannel`.
    PaymentChannel,
}

impl ContractName {
    /// The Solidity contract name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Pti => "PTI",
            Self::UserRegistry => "UserRegistry",
            Self::VideoRegistry => "VideoRegistry",
            Self::PaymentChannel => "PaymentChannel",
        }
    }
}

impl fmt::Display for ContractName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A decoded revert: the custom error of the contract that raised it, with its values.
///
/// `PaymentChannel` calls into `PTI`, `UserRegistry` and `VideoRegistry`, and OpenZeppelin's
/// `SafeERC20` bubbles token errors up, so revert data is decoded against every contract's errors
/// (selectors do not collide), the contract that was called first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContractError {
    /// A `PaymentChannel` custom error, e.g. `NonceMismatch { payer, expected, given }`.
    PaymentChannel(PaymentChannelErrors),
    /// A `UserRegistry` custom error, e.g. `KeyAlreadyRevoked { key }`.
    UserRegistry(UserRegistryErrors),
    /// A `VideoRegistry` custom error, e.g. `NotPublisher { videoId, caller }`.
    VideoRegistry(VideoRegistryErrors),
    /// A `PTI` custom error (OpenZeppelin ERC20 and permit errors included).
    Pti(PTIErrors),
    /// `Error(string)`: a plain `require` message.
    Message(String),
    /// `Panic(uint256)`: an assertion, overflow or similar.
    Panic(U256),
    /// A revert without data (or with data no Paratii contract defines).
    Unknown(Bytes),
}

impl ContractError {
    /// Decodes revert data, trying `first` before the other contracts.
    pub fn decode(data: &[u8], first: Option<ContractName>) -> Self {
        let order = [
            ContractName::PaymentChannel,
            ContractName::UserRegistry,
            ContractName::VideoRegistry,
            ContractName::Pti,
        ];
        for name in first.into_iter().chain(order) {
            let decoded = match name {
                ContractName::PaymentChannel => PaymentChannelErrors::abi_decode(data)
                    .ok()
                    .map(Self::PaymentChannel),
                ContractName::UserRegistry => UserRegistryErrors::abi_decode(data)
                    .ok()
                    .map(Self::UserRegistry),
                ContractName::VideoRegistry => VideoRegistryErrors::abi_decode(data)
                    .ok()
                    .map(Self::VideoRegistry),
                ContractName::Pti => PTIErrors::abi_decode(data).ok().map(Self::Pti),
            };
            if let Some(decoded) = decoded {
                return decoded;
            }
        }
        if let Ok(revert) = RevertString::abi_decode(data) {
            return Self::Message(revert.reason);
        }
        if let Ok(panic) = Panic::abi_decode(data) {
            return Self::Panic(panic.code);
        }
        Self::Unknown(Bytes::copy_from_slice(data))
    }

    /// The contract whose error this is, when it is a custom error.
    pub const fn contract(&self) -> Option<ContractName> {
        match self {
            Self::PaymentChannel(_) => Some(ContractName::PaymentChannel),
            Self::UserRegistry(_) => Some(ContractName::UserRegistry),
            Self::VideoRegistry(_) => Some(ContractName::VideoRegistry),
            Self::Pti(_) => Some(ContractName::Pti),
            _ => None,
        }
    }

    /// The custom error's name (`"NonceMismatch"`), or `Error`, `Panic`, `unknown`.
    pub fn name(&self) -> String {
        let rendered = self.values();
        rendered
            .split([' ', '('])
            .next()
            .unwrap_or_default()
            .to_owned()
    }

    /// The error with its values, e.g. `NonceMismatch { payer: 0x…, expected: 0x…, given: 0x… }`.
    pub fn values(&self) -> String {
        match self {
            Self::PaymentChannel(e) => unwrap_variant(format!("{e:?}")),
            Self::UserRegistry(e) => unwrap_variant(format!("{e:?}")),
            Self::VideoRegistry(e) => unwrap_variant(format!("{e:?}")),
            Self::Pti(e) => unwrap_variant(format!("{e:?}")),
            Self::Message(m) => format!("Error({m:?})"),
            Self::Panic(code) => format!("Panic({code:#x})"),
            Self::Unknown(data) if data.is_empty() => "unknown (no revert data)".to_owned(),
            Self::Unknown(data) => format!("unknown (revert data {data})"),
        }
    }
}

/// `Variant(Variant { a: 1 })` → `Variant { a: 1 }`, `Variant(Variant)` → `Variant`: the generated
/// error enums wrap each error struct in a variant of the same name.
fn unwrap_variant(debug: String) -> String {
    if let Some(open) = debug.find('(') {
        let name = &debug[..open];
        let inner = &debug[open + 1..debug.len().saturating_sub(1)];
        if debug.ends_with(')') && inner.starts_with(name) {
            return inner.to_owned();
        }
    }
    debug
}

impl fmt::Display for ContractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.contract() {
            Some(contract) => write!(f, "{contract}.{}", self.values()),
            None => f.write_str(&self.values()),
        }
    }
}

/// Everything that can go wrong talking to the Paratii contracts.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ChainError {
    /// A contract reverted (in simulation, before anything was sent, or in a call).
    #[error("{action} reverted with {error}")]
    Revert {
        /// What was attempted, e.g. `PaymentChannel.open`.
        action: String,
        /// The decoded custom error.
        error: Box<ContractError>,
    },

    /// A transaction was mined but failed (status 0).
    #[error("{action}: transaction {tx} was mined in block {block} but failed")]
    TxFailed {
        /// What was attempted.
        action: String,
        /// Its hash.
        tx: B256,
        /// Its block.
        block: u64,
    },

    /// No receipt arrived in time.
    #[error(
        "{action}: no receipt for transaction {tx} after {timeout:?}; it may still be mined, check it later"
    )]
    ReceiptTimeout {
        /// What was attempted.
        action: String,
        /// Its hash.
        tx: B256,
        /// How long we waited.
        timeout: Duration,
    },

    /// The RPC endpoint failed or could not be reached.
    #[error("RPC error during {action}: {source}")]
    Rpc {
        /// What was attempted.
        action: String,
        /// The transport error.
        #[source]
        source: alloy::transports::TransportError,
    },

    /// A contract call could not be encoded or decoded (wrong address or ABI drift).
    #[error("{action}: {source}")]
    Contract {
        /// What was attempted.
        action: String,
        /// The cause.
        #[source]
        source: Box<alloy::contract::Error>,
    },

    /// The RPC URL is not a valid URL.
    #[error("invalid RPC URL {url:?}: {reason}")]
    InvalidUrl {
        /// The URL given.
        url: String,
        /// Why it is invalid.
        reason: String,
    },

    /// A transaction was asked of a client that has no wallet.
    #[error("this client has no wallet to send transactions with; connect with a wallet key")]
    NoWallet,

    /// The chain has no deployment recorded for it, or the contracts are missing.
    #[error("no Paratii deployment for chain {chain_id} at {}: {hint}", path.display())]
    NoDeployment {
        /// The chain id.
        chain_id: u64,
        /// Where the record was looked for.
        path: PathBuf,
        /// What to do.
        hint: String,
    },

    /// A deployment record is for a different chain than the RPC endpoint.
    #[error(
        "the deployment record is for chain {recorded}, but the RPC endpoint is chain {actual}"
    )]
    ChainMismatch {
        /// Chain id in the record.
        recorded: u64,
        /// Chain id of the endpoint.
        actual: u64,
    },

    /// A contract of the deployment has no code on chain.
    #[error("{name} has no code at {address} on chain {chain_id}; is the deployment record stale?")]
    MissingContract {
        /// The contract.
        name: ContractName,
        /// Its recorded address.
        address: Address,
        /// The chain.
        chain_id: u64,
    },

    /// The deterministic CREATE2 deployer is not on the chain.
    #[error(
        "chain {chain_id} has no deterministic CREATE2 deployer at {deployer}; deploy it first (it is a presigned transaction)"
    )]
    Create2DeployerMissing {
        /// The chain.
        chain_id: u64,
        /// The deployer address.
        deployer: Address,
    },

    /// The deterministic deployer did not create the predicted contract.
    #[error("CREATE2 deployment of {name} did not create code at the predicted {predicted}")]
    Create2Failed {
        /// The contract.
        name: ContractName,
        /// The predicted address.
        predicted: Address,
    },

    /// Deployment parameters the PTI constructor would reject.
    #[error("invalid deployment parameters: {0}")]
    InvalidDeployParams(Box<ContractError>),

    /// Reading or writing a deployment record failed.
    // The cause is said here and not returned as the source as well: a report that prints the
    // chain would say it twice.
    #[error("{action} {}: {error}", path.display())]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file.
        path: PathBuf,
        /// The cause.
        error: std::io::Error,
    },

    /// A deployment record is not valid JSON of the expected shape.
    #[error("{} is not a valid deployment record: {reason}", path.display())]
    InvalidDeploymentRecord {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },

    /// An event expected in a receipt was absent.
    #[error("{action}: the receipt of {tx} has no {event} event")]
    MissingEvent {
        /// What was attempted.
        action: String,
        /// The transaction.
        tx: B256,
        /// The event name.
        event: &'static str,
    },

    /// A `PaymentChannel` log could not be decoded (an ABI that drifted from the contract).
    #[error("cannot decode a {event} log: {reason}")]
    BadLog {
        /// The event.
        event: &'static str,
        /// Why.
        reason: String,
    },

    /// No channel with this id was ever opened (in the logs since the deployment's start block).
    #[error("no channel {0} was opened on this deployment")]
    UnknownChannel(B256),

    /// A channel rebuilt from the logs does not match its on-chain commitment.
    #[error(
        "channel {id} rebuilt from the logs hashes to {rebuilt}, but the contract holds {on_chain}"
    )]
    ChannelStateMismatch {
        /// The channel id.
        id: B256,
        /// keccak256(abi.encode(channel)) of the rebuilt struct.
        rebuilt: B256,
        /// `channelHash(id)`.
        on_chain: B256,
    },

    /// Signing a message failed.
    #[error(transparent)]
    Protocol(#[from] paratii_protocol::ProtocolError),

    /// Signing a transaction-side message (a permit) failed.
    #[error("signing failed: {0}")]
    Signer(#[from] alloy::signers::Error),

    /// The dev-net could not be started.
    #[error("dev-net: {0}")]
    DevNet(String),
}

impl ChainError {
    /// The decoded contract error, when this is a revert.
    pub const fn revert(&self) -> Option<&ContractError> {
        match self {
            Self::Revert { error, .. } => Some(&**error),
            _ => None,
        }
    }

    /// The `PaymentChannel` custom error, when this is one.
    pub const fn payment_channel_error(&self) -> Option<&PaymentChannelErrors> {
        match self.revert() {
            Some(ContractError::PaymentChannel(e)) => Some(e),
            _ => None,
        }
    }

    /// The `UserRegistry` custom error, when this is one.
    pub const fn user_registry_error(&self) -> Option<&UserRegistryErrors> {
        match self.revert() {
            Some(ContractError::UserRegistry(e)) => Some(e),
            _ => None,
        }
    }

    /// The `VideoRegistry` custom error, when this is one.
    pub const fn video_registry_error(&self) -> Option<&VideoRegistryErrors> {
        match self.revert() {
            Some(ContractError::VideoRegistry(e)) => Some(e),
            _ => None,
        }
    }

    /// The `PTI` custom error, when this is one.
    pub const fn pti_error(&self) -> Option<&PTIErrors> {
        match self.revert() {
            Some(ContractError::Pti(e)) => Some(e),
            _ => None,
        }
    }

    /// Whether the RPC endpoint could not be reached at all (connection refused, DNS, ...).
    pub fn is_unreachable(&self) -> bool {
        let transport = match self {
            Self::Rpc { source, .. } => Some(source),
            Self::Contract { source, .. } => match &**source {
                alloy::contract::Error::TransportError(source) => Some(source),
                _ => None,
            },
            _ => None,
        };
        transport.is_some_and(|e| e.is_transport_error())
    }

    /// Maps a contract-call error: reverts become [`ChainError::Revert`] with the decoded error.
    pub(crate) fn from_contract(
        action: impl Into<String>,
        contract: Option<ContractName>,
        source: alloy::contract::Error,
    ) -> Self {
        let action = action.into();
        if let Some(data) = source.as_revert_data() {
            return Self::Revert {
                action,
                error: Box::new(ContractError::decode(&data, contract)),
            };
        }
        if let alloy::contract::Error::TransportError(ref transport) = source
            && let Some(resp) = transport.as_error_resp()
            && is_revert_message(&resp.message)
        {
            return Self::Revert {
                action,
                error: Box::new(ContractError::Unknown(Bytes::new())),
            };
        }
        Self::Contract {
            action,
            source: Box::new(source),
        }
    }

    /// Maps an RPC error of a raw request (reverts are decoded too).
    pub fn from_rpc(action: impl Into<String>, source: alloy::transports::TransportError) -> Self {
        Self::from_transport(action, None, source)
    }

    /// Maps a transport error, decoding revert data when there is some.
    pub(crate) fn from_transport(
        action: impl Into<String>,
        contract: Option<ContractName>,
        source: alloy::transports::TransportError,
    ) -> Self {
        let action = action.into();
        if let Some(resp) = source.as_error_resp() {
            if let Some(data) = resp.as_revert_data() {
                return Self::Revert {
                    action,
                    error: Box::new(ContractError::decode(&data, contract)),
                };
            }
            if is_revert_message(&resp.message) {
                return Self::Revert {
                    action,
                    error: Box::new(ContractError::Unknown(Bytes::new())),
                };
            }
        }
        Self::Rpc { action, source }
    }
}

fn is_revert_message(message: &str) -> bool {
    message.contains("execution reverted") || message.contains("revert")
}

/// Shorthand for results of this crate.
pub type Result<T, E = ChainError> = core::result::Result<T, E>;

#[cfg(test)]
mod tests;
