//! The PTI token: balances, allowance, transfers and approvals.

use alloy::primitives::{Address, U256};

use super::Client;
use crate::connection::TxInfo;
use crate::error::{ContractName::Pti, Result};

impl Client {
    /// PTI held by `owner` (not deposited).
    pub async fn pti_balance(&self, owner: Address) -> Result<U256> {
        self.read(Pti, self.pti().balanceOf(owner)).await
    }

    /// What `PaymentChannel` may pull from `owner`.
    pub async fn pti_allowance(&self, owner: Address) -> Result<U256> {
        let spender = self.deployment().contracts.payment_channel;
        self.read(Pti, self.pti().allowance(owner, spender)).await
    }

    /// Sends PTI from the wallet to `to`.
    pub async fn transfer_pti(&self, to: Address, amount: U256) -> Result<TxInfo> {
        self.transact(Pti, self.pti().transfer(to, amount)).await
    }

    /// Lets `PaymentChannel` pull `amount` PTI from the wallet.
    pub async fn approve(&self, amount: U256) -> Result<TxInfo> {
        let spender = self.deployment().contracts.payment_channel;
        self.transact(Pti, self.pti().approve(spender, amount))
            .await
    }
}
