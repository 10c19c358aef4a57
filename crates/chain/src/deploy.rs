//! Sending a deployment: the four contracts through the deterministic CREATE2 deployer, as
//! `script/Deploy.s.sol` does, and its record in `deployments/<chainId>.json`.

use std::path::Path;

use alloy::network::TransactionBuilder;
use alloy::primitives::Bytes;
use alloy::rpc::types::TransactionRequest;

use crate::connection::{Connection, TxInfo};
use crate::deployment::{CREATE2_DEPLOYER, DeployParams, Deployment};
use crate::error::{ChainError, ContractName, Result};

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

impl Connection {
    /// Deploys whatever is missing of the four contracts at their CREATE2 addresses through the
    /// deterministic deployer, with the same salt and init code as `script/Deploy.s.sol`, so the
    /// addresses are the script's. Re-running reuses what is there.
    pub async fn deploy(&self, params: &DeployParams) -> Result<Deployed> {
        params.validate()?;
        self.require_wallet()?;
        if !self.has_code(CREATE2_DEPLOYER).await? {
            return Err(ChainError::Create2DeployerMissing {
                chain_id: self.chain_id(),
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
            chain_id: self.chain_id(),
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
        let path = Deployment::path_in(dir, self.chain_id());
        if deployed.created.is_empty()
            && let Ok(previous) = Deployment::load(&path)
            && previous.contracts.payment_channel == deployed.deployment.contracts.payment_channel
        {
            deployed.deployment.start_block = previous.start_block;
        }
        deployed.deployment.save(&path)?;
        Ok(deployed)
    }
}
