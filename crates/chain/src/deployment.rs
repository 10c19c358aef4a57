//! Deployments: the CREATE2 addresses of the four contracts, exactly as `script/Deploy.s.sol`
//! computes them, and the `deployments/<chainId>.json` record it writes.

use std::fs;
use std::path::{Path, PathBuf};

use alloy::primitives::{Address, B256, Bytes, U256, address, keccak256, uint};
use alloy::sol_types::SolConstructor;
use paratii_bindings::payment_channel::PaymentChannel;
use paratii_bindings::pti::PTI;
use paratii_bindings::user_registry::UserRegistry;
use paratii_bindings::video_registry::VideoRegistry;
use serde::{Deserialize, Serialize};

use crate::error::{ChainError, ContractError, ContractName, Result};

/// The deterministic CREATE2 deployer (Arachnid's), the one forge scripts use.
pub const CREATE2_DEPLOYER: Address = address!("0x4e59b44847b379578588920cA78FbF26c0B4956C");

/// `Deploy.DEFAULT_SUPPLY`: 21,000,000 PTI.
pub const DEFAULT_SUPPLY: U256 = uint!(21_000_000_000_000_000_000_000_000_U256);

/// `Deploy.DEFAULT_SALT = keccak256("paratii.deploy.v1")`.
pub fn default_salt() -> B256 {
    keccak256("paratii.deploy.v1")
}

/// The largest PTI supply `PaymentChannel`'s 96-bit balances can hold.
pub const fn max_supply() -> U256 {
    U256::from_limbs([u64::MAX, u32::MAX as u64, 0, 0])
}

/// What a deployment is made of: who receives the PTI supply, how much, and the CREATE2 salt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeployParams {
    /// Receives the whole PTI supply.
    pub holder: Address,
    /// Total supply in wei.
    pub supply: U256,
    /// The CREATE2 salt.
    pub salt: B256,
}

impl DeployParams {
    /// The script's defaults (21,000,000 PTI, `DEFAULT_SALT`) for `holder`.
    pub fn new(holder: Address) -> Self {
        Self {
            holder,
            supply: DEFAULT_SUPPLY,
            salt: default_salt(),
        }
    }

    /// The checks `Deploy.deploy` makes before deploying (the CREATE2 deployer swallows
    /// constructor reverts), as PTI's typed errors.
    pub fn validate(&self) -> Result<()> {
        use paratii_bindings::pti::PTI::PTIErrors;
        let error = if self.holder == Address::ZERO {
            PTIErrors::ZeroHolder(PTI::ZeroHolder {})
        } else if self.supply.is_zero() {
            PTIErrors::ZeroSupply(PTI::ZeroSupply {})
        } else if self.supply > max_supply() {
            PTIErrors::SupplyTooLarge(PTI::SupplyTooLarge {
                supply: self.supply,
                max: max_supply(),
            })
        } else {
            return Ok(());
        };
        Err(ChainError::InvalidDeployParams(Box::new(
            ContractError::Pti(error),
        )))
    }

    /// `Deploy.ptiInitCode(holder, supply)`.
    pub fn pti_init_code(&self) -> Bytes {
        init_code(
            &PTI::BYTECODE,
            &PTI::constructorCall {
                holder: self.holder,
                supply: self.supply,
            }
            .abi_encode(),
        )
    }

    /// `Deploy.userRegistryInitCode()`.
    pub fn user_registry_init_code(&self) -> Bytes {
        UserRegistry::BYTECODE.clone()
    }

    /// `Deploy.videoRegistryInitCode(users)`.
    pub fn video_registry_init_code(&self, users: Address) -> Bytes {
        init_code(
            &VideoRegistry::BYTECODE,
            &VideoRegistry::constructorCall { users }.abi_encode(),
        )
    }

    /// `Deploy.paymentChannelInitCode(pti, users, videos)`.
    pub fn payment_channel_init_code(
        &self,
        pti: Address,
        users: Address,
        videos: Address,
    ) -> Bytes {
        init_code(
            &PaymentChannel::BYTECODE,
            &PaymentChannel::constructorCall { pti, users, videos }.abi_encode(),
        )
    }

    /// The four contracts in deployment order, each with its predicted address and init code
    /// (`Deploy.predict`).
    pub fn plan(&self) -> [(ContractName, Address, Bytes); 4] {
        let pti_code = self.pti_init_code();
        let pti = create2_address(self.salt, &pti_code);
        let users_code = self.user_registry_init_code();
        let users = create2_address(self.salt, &users_code);
        let videos_code = self.video_registry_init_code(users);
        let videos = create2_address(self.salt, &videos_code);
        let channels_code = self.payment_channel_init_code(pti, users, videos);
        let channels = create2_address(self.salt, &channels_code);
        [
            (ContractName::Pti, pti, pti_code),
            (ContractName::UserRegistry, users, users_code),
            (ContractName::VideoRegistry, videos, videos_code),
            (ContractName::PaymentChannel, channels, channels_code),
        ]
    }

    /// The four addresses `Deploy.predict(holder, supply, salt)` returns.
    pub fn predict(&self) -> Contracts {
        let [(_, pti, _), (_, users, _), (_, videos, _), (_, channels, _)] = self.plan();
        Contracts {
            pti,
            user_registry: users,
            video_registry: videos,
            payment_channel: channels,
        }
    }
}

fn init_code(creation: &Bytes, args: &[u8]) -> Bytes {
    [creation.as_ref(), args].concat().into()
}

/// The address the CREATE2 deployer gives `init_code` under `salt`.
pub fn create2_address(salt: B256, init_code: &[u8]) -> Address {
    CREATE2_DEPLOYER.create2(salt, keccak256(init_code))
}

/// The four contract addresses of a deployment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contracts {
    /// The PTI token.
    #[serde(rename = "PTI", serialize_with = "checksummed")]
    pub pti: Address,
    /// `UserRegistry`.
    #[serde(rename = "UserRegistry", serialize_with = "checksummed")]
    pub user_registry: Address,
    /// `VideoRegistry`.
    #[serde(rename = "VideoRegistry", serialize_with = "checksummed")]
    pub video_registry: Address,
    /// `PaymentChannel`.
    #[serde(rename = "PaymentChannel", serialize_with = "checksummed")]
    pub payment_channel: Address,
}

impl Contracts {
    /// Each contract with its name, in deployment order.
    pub const fn named(&self) -> [(ContractName, Address); 4] {
        [
            (ContractName::Pti, self.pti),
            (ContractName::UserRegistry, self.user_registry),
            (ContractName::VideoRegistry, self.video_registry),
            (ContractName::PaymentChannel, self.payment_channel),
        ]
    }
}

/// A deployment record, in the format `Deploy.s.sol` writes to `deployments/<chainId>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Deployment {
    /// The chain id.
    pub chain_id: u64,
    /// The CREATE2 salt.
    pub salt: B256,
    /// Who received the PTI supply.
    #[serde(serialize_with = "checksummed")]
    pub holder: Address,
    /// The PTI supply in wei, as a decimal string.
    #[serde(with = "decimal")]
    pub supply: U256,
    /// The deterministic deployer used.
    #[serde(serialize_with = "checksummed")]
    pub create2_deployer: Address,
    /// A block at or before the contracts' creation, where log queries start (0 when unknown).
    pub start_block: u64,
    /// The contract addresses.
    pub contracts: Contracts,
}

/// Addresses as EIP-55 checksummed hex, as forge writes them.
fn checksummed<S: serde::Serializer>(address: &Address, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&address.to_checksum(None))
}

mod decimal {
    use alloy::primitives::U256;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(super) fn serialize<S: Serializer>(value: &U256, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&value.to_string())
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<U256, D::Error> {
        let text = String::deserialize(d)?;
        U256::from_str_radix(&text, 10).map_err(serde::de::Error::custom)
    }
}

impl Deployment {
    /// The deployment parameters this record was made with.
    pub const fn params(&self) -> DeployParams {
        DeployParams {
            holder: self.holder,
            supply: self.supply,
            salt: self.salt,
        }
    }

    /// Where a deployment of `chain_id` is recorded under `dir` (`<dir>/<chainId>.json`).
    pub fn path_in(dir: &Path, chain_id: u64) -> PathBuf {
        dir.join(format!("{chain_id}.json"))
    }

    /// Reads a record.
    pub fn load(path: &Path) -> Result<Self> {
        let text = fs::read_to_string(path).map_err(|error| ChainError::Io {
            action: "reading",
            path: path.to_owned(),
            error,
        })?;
        serde_json::from_str(&text).map_err(|e| ChainError::InvalidDeploymentRecord {
            path: path.to_owned(),
            reason: e.to_string(),
        })
    }

    /// Reads `<dir>/<chainId>.json`, with a hint on how to make one when it is missing.
    pub fn load_for_chain(dir: &Path, chain_id: u64) -> Result<Self> {
        let path = Self::path_in(dir, chain_id);
        if !path.is_file() {
            let hint = if chain_id == crate::devnet::DEVNET_CHAIN_ID {
                "run `paratii devnet` (or script/deploy.sh), or pass --deployment FILE".to_owned()
            } else {
                "deploy with script/deploy.sh, or pass --deployment FILE".to_owned()
            };
            return Err(ChainError::NoDeployment {
                chain_id,
                path,
                hint,
            });
        }
        let deployment = Self::load(&path)?;
        if deployment.chain_id != chain_id {
            return Err(ChainError::ChainMismatch {
                recorded: deployment.chain_id,
                actual: chain_id,
            });
        }
        Ok(deployment)
    }

    /// Writes the record as pretty JSON (creating the directory).
    pub fn save(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|error| ChainError::Io {
                action: "creating",
                path: dir.to_owned(),
                error,
            })?;
        }
        let mut text = serde_json::to_string_pretty(self).map_err(|e| {
            ChainError::InvalidDeploymentRecord {
                path: path.to_owned(),
                reason: e.to_string(),
            }
        })?;
        text.push('\n');
        fs::write(path, text).map_err(|error| ChainError::Io {
            action: "writing",
            path: path.to_owned(),
            error,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_match_the_script() {
        assert_eq!(
            DEFAULT_SUPPLY,
            U256::from(21_000_000u64) * U256::from(10u64).pow(U256::from(18))
        );
        assert_eq!(max_supply(), (U256::from(1) << 96) - U256::from(1));
    }

    #[test]
    fn validation_names_pti_errors() {
        let mut p = DeployParams::new(Address::ZERO);
        assert!(matches!(
            p.validate(),
            Err(ChainError::InvalidDeployParams(e)) if matches!(*e, ContractError::Pti(_))
        ));
        p.holder = Address::repeat_byte(1);
        assert!(p.validate().is_ok());
        p.supply = max_supply() + U256::from(1);
        let err = p.validate().unwrap_err().to_string();
        assert!(err.contains("SupplyTooLarge"), "{err}");
    }

    #[test]
    fn record_round_trips_in_forge_format() {
        let text = r#"{
  "chainId": 31337,
  "contracts": {
    "PTI": "0x1111111111111111111111111111111111111111",
    "PaymentChannel": "0x4444444444444444444444444444444444444444",
    "UserRegistry": "0x2222222222222222222222222222222222222222",
    "VideoRegistry": "0x3333333333333333333333333333333333333333"
  },
  "create2Deployer": "0x4e59b44847b379578588920cA78FbF26c0B4956C",
  "holder": "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  "salt": "0x0101010101010101010101010101010101010101010101010101010101010101",
  "startBlock": 7,
  "supply": "21000000000000000000000000"
}"#;
        let d: Deployment = serde_json::from_str(text).unwrap();
        assert!(
            serde_json::to_string(&d)
                .unwrap()
                .contains("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
        );
        assert_eq!(d.chain_id, 31337);
        assert_eq!(d.supply, DEFAULT_SUPPLY);
        assert_eq!(d.start_block, 7);
        assert_eq!(d.contracts.video_registry, Address::repeat_byte(0x33));
        let dir = tempfile::tempdir().unwrap();
        let path = Deployment::path_in(dir.path(), 31337);
        d.save(&path).unwrap();
        assert_eq!(Deployment::load_for_chain(dir.path(), 31337).unwrap(), d);
        assert!(matches!(
            Deployment::load_for_chain(dir.path(), 1),
            Err(ChainError::NoDeployment { chain_id: 1, .. })
        ));
    }
}
