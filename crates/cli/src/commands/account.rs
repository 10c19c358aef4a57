//! `paratii account`: the wallet's free balance in PaymentChannel (deposit, withdraw) and its
//! balances.

use std::fmt::Write as _;

use clap::Subcommand;
use serde_json::json;

use super::{tx_json, tx_line};
use crate::Output;
use crate::context::Ctx;
use crate::format::{self, parse_pti};

/// `paratii account`.
#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Deposit PTI (e.g. `12.5`) into the wallet's free balance in PaymentChannel.
    Deposit {
        /// PTI, in decimal.
        amount: String,
        /// Use an EIP-2612 permit (one transaction) instead of approve + deposit.
        #[arg(long)]
        permit: bool,
        /// Seconds the permit stays valid.
        #[arg(long, default_value_t = 3600, requires = "permit")]
        permit_validity: u64,
    },
    /// Withdraw free PTI back to the wallet.
    Withdraw {
        /// PTI, in decimal.
        amount: String,
    },
    /// ETH, PTI, deposited PTI and the bid nonce of a wallet (default: --wallet).
    Balance {
        /// Any address.
        address: Option<String>,
    },
}

pub(crate) async fn run(ctx: &Ctx, cmd: AccountCommand) -> eyre::Result<Output> {
    match cmd {
        AccountCommand::Deposit {
            amount,
            permit,
            permit_validity,
        } => {
            let amount = parse_pti(&amount)?;
            let client = ctx.client(true).await?;
            let mut text = String::new();
            let mut txs = Vec::new();
            if permit {
                let deadline = client.block_timestamp().await? + permit_validity;
                let tx = client.deposit_with_permit(amount, deadline).await?;
                text += &tx_line("deposited with a permit", &tx);
                txs.push(tx_json(&tx));
            } else {
                let (approval, tx) = client.deposit(amount).await?;
                if let Some(a) = approval {
                    text += &tx_line("approved", &a);
                    txs.push(tx_json(&a));
                }
                text += &tx_line("deposited", &tx);
                txs.push(tx_json(&tx));
            }
            let me = client.wallet_address().unwrap_or_default();
            let free = client.deposited(me).await?;
            let _ = writeln!(
                text,
                "deposited {}; free balance now {}",
                format::pti(amount),
                format::pti(free)
            );
            Ok(Output::new(
                text,
                json!({"wallet": me, "amount": amount.to_string(), "deposited": free.to_string(), "transactions": txs}),
            ))
        }
        AccountCommand::Withdraw { amount } => {
            let amount = parse_pti(&amount)?;
            let client = ctx.client(true).await?;
            let tx = client.withdraw(amount).await?;
            let me = client.wallet_address().unwrap_or_default();
            let free = client.deposited(me).await?;
            let text = format!(
                "{}withdrew {}; free balance now {}\n",
                tx_line("withdrawn", &tx),
                format::pti(amount),
                format::pti(free)
            );
            Ok(Output::new(
                text,
                json!({"wallet": me, "amount": amount.to_string(), "deposited": free.to_string(), "transaction": tx_json(&tx)}),
            ))
        }
        AccountCommand::Balance { address } => {
            let address = ctx.address_or_wallet(address.as_deref())?;
            let client = ctx.client(false).await?;
            let b = client.balances(address).await?;
            let text = format!(
                "wallet     {}\nETH        {}\nPTI        {}\ndeposited  {}\nbid nonce  {}\n",
                b.wallet,
                format::eth(b.eth),
                format::pti(b.pti),
                format::pti(b.deposited),
                b.nonce
            );
            Ok(Output::new(
                text,
                json!({
                    "wallet": b.wallet,
                    "eth": b.eth.to_string(),
                    "pti": b.pti.to_string(),
                    "deposited": b.deposited.to_string(),
                    "nonce": b.nonce,
                }),
            ))
        }
    }
}
