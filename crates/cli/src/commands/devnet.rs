//! `paratii devnet`: a local dev-net (anvil, the four contracts, funded dev accounts) until
//! Ctrl-C, set up by `paratii_chain::DevNetSetup` like the demo's and the tests'.

use std::fmt::Write as _;

use alloy::primitives::hex;
use clap::Args;
use eyre::WrapErr;
use paratii_chain::{ChainError, DevNetConfig, DevNetSetup};
use serde_json::{Value, json};

use super::wait_for_shutdown;
use crate::context::Ctx;
use crate::format::{self, parse_pti};

/// `paratii devnet`.
#[derive(Debug, Clone, Args)]
pub struct DevnetArgs {
    /// The loopback port (0 picks a free one).
    #[arg(long, default_value_t = 8545)]
    pub port: u16,
    /// How many dev accounts to fund with PTI (accounts 1..=N; account 0 deploys and holds the rest).
    #[arg(long, default_value_t = 4)]
    pub fund: u32,
    /// PTI given to each funded account.
    #[arg(long, default_value = "1000")]
    pub amount: String,
}

pub(crate) async fn run(ctx: &Ctx, args: DevnetArgs) -> eyre::Result<()> {
    let amount = parse_pti(&args.amount)?;
    let dir = &ctx.global.deployments_dir;
    let setup = DevNetSetup::new(DevNetConfig {
        port: args.port,
        ..DevNetConfig::default()
    })
    .record_in(dir)
    .fund(args.fund, amount);
    let net = match setup.start().await {
        // Most often the port is taken.
        Err(e @ ChainError::DevNet(_)) => {
            return Err(e).wrap_err_with(|| {
                format!(
                    "starting anvil on port {} (is another dev-net running? try --port 0)",
                    args.port
                )
            });
        }
        other => other?,
    };
    let record = paratii_chain::Deployment::path_in(dir, net.devnet.chain_id());
    let deployer = net.holder.wallet_address().unwrap_or_default();
    let contracts = &net.deployment().contracts;

    if ctx.json() {
        let accounts: Vec<Value> = net
            .funded
            .iter()
            .map(|s| {
                json!({
                    "address": s.address(),
                    "privateKey": hex::encode_prefixed(s.to_bytes()),
                    "pti": amount.to_string(),
                })
            })
            .collect();
        let value = json!({
            "rpcUrl": net.devnet.url(),
            "chainId": net.devnet.chain_id(),
            "anvilPid": net.devnet.pid(),
            "deployment": record,
            "contracts": contracts,
            "holder": deployer,
            "accounts": accounts,
        });
        // One line, so a script can read it before the dev-net blocks.
        println!("{}", serde_json::to_string(&value)?);
    } else {
        let mut text = format!(
            "dev-net running: {} (chain {}, anvil pid {})\n",
            net.devnet.url(),
            net.devnet.chain_id(),
            net.devnet.pid()
        );
        let _ = writeln!(
            text,
            "deployed with CREATE2, recorded in {}:",
            record.display()
        );
        for (name, address) in contracts.named() {
            let _ = writeln!(text, "  {:<15} {address}", name.as_str());
        }
        let _ = writeln!(
            text,
            "PTI holder (account 0) {deployer}; funded with {} each:",
            format::pti(amount)
        );
        for (i, s) in net.funded.iter().enumerate() {
            let _ = writeln!(
                text,
                "  account {}  {}  key {}",
                i + 1,
                s.address(),
                hex::encode_prefixed(s.to_bytes())
            );
        }
        text += "These are anvil's public development keys: never use them on a real chain.\n";
        text += "Import one with `paratii keys import wallet NAME --private-key-file FILE`.\n";
        text += "Press Ctrl-C to stop.";
        println!("{text}");
    }

    wait_for_shutdown().await?;
    drop(net);
    if !ctx.json() {
        println!("dev-net stopped");
    }
    Ok(())
}
